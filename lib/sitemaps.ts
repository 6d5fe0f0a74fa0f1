import type { MetadataRoute } from 'next';
import {
  changedAt,
  getArticlesByTag,
  getListingPage,
  getPublishedArticles,
  getTags,
  lastChange,
} from './content/articles';
import { absoluteUrl, articlePath, listingPath, site, tagPath } from './site';
import { element, xmlDocument } from './xml';

/** Every page a crawler should know, dated only by real article dates, never by the build. */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const articles = getPublishedArticles();
  const pageCount = getListingPage(1)?.pageCount ?? 1;
  const listings = Array.from({ length: pageCount }, (_, index) => {
    const page = getListingPage(index + 1);
    return { url: absoluteUrl(listingPath(index + 1)), lastModified: lastChange(page?.articles ?? [])?.iso };
  });
  const tags = getTags().map((tag) => ({
    url: absoluteUrl(tagPath(tag.slug)),
    lastModified: lastChange(getArticlesByTag(tag.slug)?.articles ?? [])?.iso,
  }));
  const pages = articles.map((article) => ({
    url: absoluteUrl(articlePath(article.slug)),
    lastModified: changedAt(article).iso,
  }));
  return [...listings, ...tags, ...pages].map(({ url, lastModified }) =>
    lastModified ? { url, lastModified } : { url },
  );
}

const MAX_NEWS_ENTRIES = 1000;

/** Google News sitemap: articles published in the last two days before `now`, at most 1,000. */
export function newsSitemapXml(now: Date = new Date()): string {
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
