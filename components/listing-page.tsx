import type { ReactNode } from 'react';
import { getSettings, type ListingPageData } from '@/lib/content';
import { formatLongDate, type ArticleDate } from '@/lib/text/dates';
import { fill, labelsFor, type Labels } from '@/lib/text/labels';
import { profilePageJsonLd, siteJsonLd } from '@/lib/structured-data';
import { AuthorProfile } from './author-profile';
import { Breadcrumbs } from './breadcrumbs';
import { JsonLd } from './json-ld';
import { Pagination } from './pagination';
import { TeaserList } from './teaser-list';

export interface ListingPageProps {
  page: ListingPageData;
}

/**
 * A page of a chronological listing — a rubrique's, an author's, a tag's, or every article's
 * archive: its subject in large type (an author's profile under the name, when there is one), then its
 * articles newest first, then the way to the newer and the older ones.
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
      {page.profile && <JsonLd data={profilePageJsonLd(page.profile, listing.path)} />}
      <ListingHeader
        kind={listing.kind === 'home' ? undefined : kindLabel(listing.kind, labels)}
        title={page.profile?.name ?? subject}
        archive={listing.facet ? archive : undefined}
        span={page.span}
      >
        {page.profile && <AuthorProfile profile={page.profile} />}
      </ListingHeader>
      <TeaserList teasers={page.teasers} />
      <Pagination newer={page.newer} older={page.older} labels={labels} />
    </section>
  );
}

export interface ListingHeaderProps {
  /** What the subject is (Rubrique, Auteur…), above it. */
  kind?: string;
  title: string;
  /** "Archives, page 3", when the title does not say it already. */
  archive?: string;
  /** The days an archive page covers. */
  span?: { from: ArticleDate; to: ArticleDate };
  children?: ReactNode;
}

/** The subject of a listing in large type (`#listing-title`), and which of its pages this is. */
export function ListingHeader({ kind, title, archive, span, children }: ListingHeaderProps) {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  return (
    <header className="listing-header">
      {kind && <p className="listing-kind">{kind}</p>}
      <h1 id="listing-title">{title}</h1>
      {(archive || span) && (
        <p className="listing-span">
          {archive}
          {archive && span && ' · '}
          {span &&
            fill(labels, 'archiveSpan', {
              from: formatLongDate(span.from.instant, site.lang),
              to: formatLongDate(span.to.instant, site.lang),
            })}
        </p>
      )}
      {children}
    </header>
  );
}

function kindLabel(kind: 'tag' | 'author' | 'section', labels: Labels): string {
  return { tag: labels.tagKind, author: labels.authorKind, section: labels.sectionKind }[kind];
}
