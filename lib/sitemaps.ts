import { changedAt, getListingPages, getPublishedArticles, lastChange, publicationTime } from './content/articles';
import { absoluteUrl, articlePath, legalPath, site } from './site';
import { element, xmlDocument } from './xml';

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** Google and Bing read at most 50,000 addresses from one sitemap file. */
const URLS_PER_SITEMAP = 50_000;

interface SitemapEntry {
  url: string;
  /** The newest change of what the page shows, from the articles' dates, never the build's. */
  lastModified?: string;
}

/**
 * /sitemap.xml is an index of sitemap files of at most 50,000 addresses each (/sitemaps/1.xml, …),
 * so that an archive of any size is read whole: one file at a small site, more as it grows.
 */
const sitemapPartPath = (part: number) => `/sitemaps/${part}.xml`;

/** The addresses of each sitemap file, in order; always at least one file. */
export function sitemapParts(size = URLS_PER_SITEMAP): SitemapEntry[][] {
  const entries = sitemapEntries();
  return Array.from({ length: Math.max(1, Math.ceil(entries.length / size)) }, (_, index) =>
    entries.slice(index * size, (index + 1) * size),
  );
}

export function sitemapIndexXml(parts: SitemapEntry[][] = sitemapParts()): string {
  return xmlDocument(
    element(
      'sitemapindex',
      { xmlns: SITEMAP_NAMESPACE },
      ...parts.map((entries, index) => {
        const lastmod = newest(entries);
        return element(
          'sitemap',
          {},
          element('loc', {}, absoluteUrl(sitemapPartPath(index + 1))),
          lastmod === undefined ? undefined : element('lastmod', {}, lastmod),
        );
      }),
    ),
  );
}

export function sitemapXml(entries: SitemapEntry[]): string {
  return xmlDocument(
    element(
      'urlset',
      { xmlns: SITEMAP_NAMESPACE },
      ...entries.map(({ url, lastModified }) =>
        element(
          'url',
          {},
          element('loc', {}, url),
          lastModified === undefined ? undefined : element('lastmod', {}, lastModified),
        ),
      ),
    ),
  );
}

function newest(entries: SitemapEntry[]): string | undefined {
  let latest: string | undefined;
  for (const { lastModified } of entries)
    if (lastModified !== undefined && (latest === undefined || Date.parse(lastModified) > Date.parse(latest)))
      latest = lastModified;
  return latest;
}

/** Every page a crawler should know, dated only by real article dates, never by the build. */
function sitemapEntries(): SitemapEntry[] {
  // A listing's page is dated by the newest change among the articles it shows. A rubrique without
  // an article lists nothing, and no link leads to it (see getSectionsWithArticles): not a page to crawl.
  const listings = getListingPages()
    .filter(({ facet, listing }) => facet === undefined || listing.articles.length > 0)
    .map(({ path, listing }) => ({
      url: absoluteUrl(path),
      lastModified: lastChange(listing.articles)?.iso,
    }));
  const pages = getPublishedArticles().map((article) => ({
    url: absoluteUrl(articlePath(article.slug)),
    lastModified: changedAt(article).iso,
  }));
  return [...listings, { url: absoluteUrl(legalPath) }, ...pages];
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
        xmlns: SITEMAP_NAMESPACE,
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
