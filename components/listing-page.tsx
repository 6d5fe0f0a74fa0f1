import { getSettings, type ListingPageData } from '@/lib/content';
import { formatLongDate } from '@/lib/text/dates';
import { fill, labelsFor, type Labels } from '@/lib/text/labels';
import { siteJsonLd } from '@/lib/structured-data';
import { Breadcrumbs } from './breadcrumbs';
import { JsonLd } from './json-ld';
import { Pagination } from './pagination';
import { TeaserList } from './teaser-list';

export interface ListingPageProps {
  page: ListingPageData;
}

/**
 * A page of a chronological listing — a rubrique's, an author's, a tag's, or every article's
 * archive: its subject in large type, then its articles newest first, then the way to the newer and
 * the older ones.
 */
export function ListingPage({ page }: ListingPageProps) {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  const { listing } = page;
  const subject = listing.facet?.name ?? labels.archive;
  const archive = page.page === undefined ? undefined : fill(labels, 'archivePage', { page: page.page });
  return (
    <section className="listing" aria-labelledby="listing-title">
      <JsonLd data={siteJsonLd()} />
      <Breadcrumbs
        path={[
          ...(listing.facet ? [{ name: listing.facet.name, path: listing.path }] : []),
          ...(archive ? [{ name: archive, path: page.path }] : []),
        ]}
        labels={labels}
      />
      <header className="listing-header">
        {listing.kind !== 'home' && <p className="listing-kind">{kindLabel(listing.kind, labels)}</p>}
        <h1 id="listing-title">{subject}</h1>
        {(archive || page.span) && (
          <p className="listing-span">
            {listing.facet && archive}
            {listing.facet && archive && page.span && ' · '}
            {page.span &&
              fill(labels, 'archiveSpan', {
                from: formatLongDate(page.span.from.instant, site.lang),
                to: formatLongDate(page.span.to.instant, site.lang),
              })}
          </p>
        )}
      </header>
      <TeaserList teasers={page.teasers} />
      <Pagination newer={page.newer} older={page.older} labels={labels} />
    </section>
  );
}

function kindLabel(kind: 'tag' | 'author' | 'section', labels: Labels): string {
  return { tag: labels.tagKind, author: labels.authorKind, section: labels.sectionKind }[kind];
}
