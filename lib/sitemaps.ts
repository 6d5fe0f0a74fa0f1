import type { MetadataRoute } from 'next';
import {
  changedAt,
  getFacetListing,
  getFacetPageCounts,
  getListingPage,
  getPublishedArticles,
  lastChange,
  publicationTime,
  type ListingPage,
} from './content/articles';
import { absoluteUrl, articlePath, facetPath, legalPath, listingPath, site } from './site';
import { element, xmlDocument } from './xml';

/** Every page a crawler should know, dated only by real article dates, never by the build. */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const articles = getPublishedArticles();
  const listings = listingPages(getListingPage(1)?.pageCount ?? 1, getListingPage, listingPath);
  const facets = (['section', 'author', 'tag'] as const).flatMap((kind) =>
    getFacetPageCounts(kind).flatMap(({ facet, pageCount }) =>
      listingPages(
        pageCount,
        (page) => getFacetListing(kind, facet.slug, page),
        (page) => facetPath[kind](facet.slug, page),
      ),
    ),
  );
  const pages = articles.map((article) => ({
    url: absoluteUrl(articlePath(article.slug)),
    lastModified: changedAt(article).iso,
  }));
  return [...listings, ...facets, { url: absoluteUrl(legalPath) }, ...pages].map(({ url, lastModified }) =>
    lastModified ? { url, lastModified } : { url },
  );
}

/** Every page of a listing, dated by the newest change among the articles it shows. */
function listingPages(
  pageCount: number,
  pageOf: (page: number) => ListingPage | undefined,
  pathOf: (page: number) => string,
): { url: string; lastModified?: string }[] {
  return Array.from({ length: pageCount }, (_, index) => ({
    url: absoluteUrl(pathOf(index + 1)),
    lastModified: lastChange(pageOf(index + 1)?.articles ?? [])?.iso,
  }));
}

const MAX_NEWS_ENTRIES = 1000;

/** Google News sitemap: articles published in the last two days before `now`, at most 1,000. */
export function newsSitemapXml(now: Date = publicationTime()): string {
  const since = now.getTime() - site.newsSitemapWindowHours * 3_600_000;
  const recent = getPublishedArticles()
    .filter((article) => article.date.instant.getTime() >= since)
    .slice(0, MAX_NEWS_ENTRIES);
  return xmlDocument(
    element(
      'urlset',
      {
        xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
        'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      },
      ...recent.map((article) =>
        element(
          'url',
          {},
          element('loc', {}, absoluteUrl(articlePath(article.slug))),
          element(
            'news:news',
            {},
            element(
              'news:publication',
              {},
              element('news:name', {}, site.publisher.name),
              element('news:language', {}, newsLanguage(article.lang)),
            ),
            element('news:publication_date', {}, article.date.iso),
            element('news:title', {}, article.title),
          ),
        ),
      ),
    ),
  );
}

/** Google News wants an ISO 639 code, `fr` for `fr-CA`, except for Chinese: `zh-cn` or `zh-tw`. */
function newsLanguage(lang: string): string {
  const [language = lang, ...subtags] = lang.toLowerCase().split('-');
  if (language !== 'zh') return language;
  return subtags.some((subtag) => ['hant', 'tw', 'hk', 'mo'].includes(subtag)) ? 'zh-tw' : 'zh-cn';
}
