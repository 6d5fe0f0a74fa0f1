import type { ListingPage } from '@/lib/content/articles';
import { fill, labelsFor } from '@/lib/labels';
import { listingPath, site } from '@/lib/site';
import { siteJsonLd } from '@/lib/structured-data';
import { ArticleList } from './article-list';
import { JsonLd } from './json-ld';
import { Pagination } from './pagination';

export interface FrontPageProps {
  listing: ListingPage;
}

/** The front page and its following pages: the newest stories first, the lead story with its photo. */
export function FrontPage({ listing }: FrontPageProps) {
  const labels = labelsFor(site.lang);
  return (
    <section className="front-page" aria-labelledby="a-la-une">
      <JsonLd data={siteJsonLd()} />
      <h1 id="a-la-une" className="section-title">
        {listing.page === 1 ? labels.frontPage : fill(labels, 'frontPageN', { page: listing.page })}
      </h1>
      <ArticleList articles={listing.articles} leadPhoto={listing.page === 1} />
      <Pagination page={listing.page} pageCount={listing.pageCount} pathOf={listingPath} labels={labels} />
    </section>
  );
}
