import type { ReactNode } from 'react';
import { getSettings, type ListingPage } from '@/lib/content/articles';
import { labelsFor } from '@/lib/text/labels';

import { siteJsonLd } from '@/lib/structured-data';
import { ArticleList } from './article-list';
import { JsonLd } from './json-ld';
import { Pagination } from './pagination';

export interface ListingSectionProps {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  listing: Pick<ListingPage, 'articles' | 'page' | 'pageCount'>;
  /** The address of page `page` of this listing. */
  pathOf: (page: number) => string;
  className?: string;
  /** The lead story shows its photo. */
  leadPhoto?: boolean;
  /** What comes above the heading, such as breadcrumbs. */
  children?: ReactNode;
}

/** A page of a listing, newest articles first: its heading, its teasers, the links to its other pages. */
export function ListingSection({ id, title, listing, pathOf, className, leadPhoto, children }: ListingSectionProps) {
  const site = getSettings();
  return (
    <section className={className} aria-labelledby={id}>
      <JsonLd data={siteJsonLd()} />
      {children}
      <h1 id={id} className="section-title">
        {title}
      </h1>
      <ArticleList articles={listing.articles} leadPhoto={leadPhoto} />
      <Pagination page={listing.page} pageCount={listing.pageCount} pathOf={pathOf} labels={labelsFor(site.lang)} />
    </section>
  );
}
