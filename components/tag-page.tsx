import type { TagListing } from '@/lib/content/articles';
import { tagPath } from '@/lib/site';
import { siteJsonLd } from '@/lib/structured-data';
import { ArticleList } from './article-list';
import { JsonLd } from './json-ld';
import { Pagination } from './pagination';

export interface TagPageProps {
  listing: TagListing;
}

/** A tag's articles, newest first, a page at a time like the front page. */
export function TagPage({ listing }: TagPageProps) {
  const { tag, page, pageCount } = listing;
  return (
    <section aria-labelledby="tag-title">
      <JsonLd data={siteJsonLd()} />
      <h1 id="tag-title" className="section-title">
        {page === 1 ? tag.name : `${tag.name} — page ${page}`}
      </h1>
      <ArticleList articles={listing.articles} />
      <Pagination page={page} pageCount={pageCount} pathOf={(n) => tagPath(tag.slug, n)} />
    </section>
  );
}
