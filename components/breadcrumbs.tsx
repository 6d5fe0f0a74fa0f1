import type { Labels } from '@/lib/text/labels';
import { frontPagePath } from '@/lib/paths';
import { breadcrumbJsonLd, type Crumb } from '@/lib/structured-data';
import { JsonLd } from './json-ld';

export interface BreadcrumbsProps {
  /** From under the front page (which comes first of itself) to the page itself, the last crumb. */
  path: readonly Crumb[];
  labels: Labels;
}

/** Where the page stands in the site, for readers and (BreadcrumbList) for search engines. */
export function Breadcrumbs({ path, labels }: BreadcrumbsProps) {
  const crumbs = [{ name: labels.home, path: frontPagePath }, ...path];
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
