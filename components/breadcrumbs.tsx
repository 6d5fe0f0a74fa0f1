import type { Labels } from '@/lib/labels';
import { breadcrumbJsonLd, type Crumb } from '@/lib/structured-data';
import { JsonLd } from './json-ld';

export interface BreadcrumbsProps {
  /** From the front page to the page itself, which is the last crumb. */
  crumbs: readonly Crumb[];
  labels: Labels;
}

/** Where the page stands in the site, for readers and (BreadcrumbList) for search engines. */
export function Breadcrumbs({ crumbs, labels }: BreadcrumbsProps) {
  return (
    <nav className="breadcrumbs" aria-label={labels.breadcrumb} data-pagefind-ignore="">
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={crumb.path}>
            {index === crumbs.length - 1 ? (
              <span aria-current="page">{crumb.name}</span>
            ) : (
              <a href={crumb.path}>{crumb.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
