import type { SitemapEntry, TeaserView } from './content';
import { absoluteUrl, getSettings } from './content';
import { sitemapPath } from './paths';
import { element, xmlDocument } from './xml';

/**
 * /sitemap.xml is an index of sitemap files (pages.ts says which parts there are and what each holds:
 * the site's pages, then a part per month of articles), each at most 50,000 addresses, so that an
 * archive of any size is read whole and only the parts that change are fetched again.
 */
const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function sitemapIndexXml(parts: { part: string; lastModified?: string }[]): string {
  return xmlDocument(
    element(
      'sitemapindex',
      { xmlns: SITEMAP_NAMESPACE },
      ...parts.map(({ part, lastModified }) =>
        element(
          'sitemap',
          {},
          element('loc', {}, absoluteUrl(sitemapPath(part))),
          lastModified === undefined ? undefined : element('lastmod', {}, lastModified),
        ),
      ),
    ),
  );
}

export function sitemapXml(entries: SitemapEntry[]): string {
  return xmlDocument(
    element(
      'urlset',
      { xmlns: SITEMAP_NAMESPACE },
      ...entries.map(({ path, lastModified }) =>
        element(
          'url',
          {},
          element('loc', {}, absoluteUrl(path)),
          lastModified === undefined ? undefined : element('lastmod', {}, lastModified),
        ),
      ),
    ),
  );
}

/** Google News sitemap: the articles of the last two days (pages.ts chooses them). */
export function newsSitemapXml(articles: TeaserView[]): string {
  const site = getSettings();
  return xmlDocument(
    element(
      'urlset',
      {
        xmlns: SITEMAP_NAMESPACE,
        'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      },
      ...articles.map((article) =>
        element(
          'url',
          {},
          element('loc', {}, absoluteUrl(article.path)),
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
