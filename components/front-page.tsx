import type { ListingPage } from '@/lib/content/articles';
import { listingPath } from '@/lib/site';
import { siteJsonLd } from '@/lib/structured-data';
import { ArticleList } from './article-list';
import { JsonLd } from './json-ld';
import { Pagination } from './pagination';

export interface FrontPageProps {
  listing: ListingPage;
}

/** The front page and its following pages: the newest stories first. */
export function FrontPage({ listing }: FrontPageProps) {
  return (
    <section className="front-page" aria-labelledby="a-la-une">
      <JsonLd data={siteJsonLd()} />
      <h1 id="a-la-une" className="section-title">
        {listing.page === 1 ? 'À la une' : `À la une — page ${listing.page}`}
      </h1>
      <ArticleList articles={listing.articles} />
      <Pagination page={listing.page} pageCount={listing.pageCount} pathOf={listingPath} />
    </section>
  );
}
