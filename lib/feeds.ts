import { absoluteUrl, changedAt, getSettings, lastChange, readBody, type ArticleView as Article } from './content';
import { feedPaths, shareImagePath } from './paths';
import { formatLongDate } from './text/dates';
import { labelsFor } from './text/labels';
import { typeset } from './text/typography';
import { element, escapeXml, xmlDocument } from './xml';

/**
 * RSS 2.0. Its `<description>` is HTML for feed readers, so the lead, plain text, is escaped as HTML
 * before it is escaped as XML; the title is plain text. Authors are Dublin Core's `<dc:creator>`:
 * RSS `<author>` must be an e-mail address, which we do not publish.
 */
export function rss(articles: readonly Article[]): string {
  const site = getSettings();
  const updated = lastChange(articles)?.instant;
  return xmlDocument(
    element(
      'rss',
      {
        version: '2.0',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        'xmlns:atom': 'http://www.w3.org/2005/Atom',
      },
      element(
        'channel',
        {},
        element('title', {}, site.name),
        element('link', {}, absoluteUrl('/')),
        element('description', {}, site.description),
        updated && element('lastBuildDate', {}, updated.toUTCString()),
        element('docs', {}, 'https://validator.w3.org/feed/docs/rss2.html'),
        element('generator', {}, site.name),
        element('language', {}, site.lang),
        element(
          'image',
          {},
          element('title', {}, site.name),
          element('url', {}, absoluteUrl(site.publisher.logo.path)),
          element('link', {}, absoluteUrl('/')),
        ),
        element('copyright', {}, `© ${site.publisher.name}`),
        element('atom:link', { href: absoluteUrl(feedPaths.rss), rel: 'self', type: 'application/rss+xml' }),
        ...articles.map((article) => {
          const url = absoluteUrl(article.path);
          return element(
            'item',
            {},
            element('title', {}, article.title),
            element('link', {}, url),
            element('guid', { isPermaLink: 'false' }, url),
            element('pubDate', {}, changedAt(article).instant.toUTCString()),
            article.description === undefined ? undefined : element('description', {}, escapeXml(article.description)),
            element('content:encoded', {}, feedBody(article)),
            ...article.authors.map((author) => element('dc:creator', {}, author.name)),
            ...article.tags.map((tag) => element('category', {}, tag.name)),
          );
        }),
      ),
    ),
  );
}

/** Atom: titles and leads are text (`type="text"`, the default), the body HTML. */
export function atom(articles: readonly Article[]): string {
  const site = getSettings();
  return xmlDocument(
    element(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom' },
      element('id', {}, absoluteUrl('/')),
      element('title', {}, site.name),
      // Atom wants a date even for a feed with no entry.
      element('updated', {}, (lastChange(articles)?.instant ?? new Date()).toISOString()),
      element('generator', {}, site.name),
      element('author', {}, element('name', {}, site.newsroom), element('uri', {}, absoluteUrl('/'))),
      element('link', { rel: 'alternate', href: absoluteUrl('/') }),
      element('link', { rel: 'self', href: absoluteUrl(feedPaths.atom) }),
      element('subtitle', {}, site.description),
      element('logo', {}, absoluteUrl(site.publisher.logo.path)),
      element('icon', {}, absoluteUrl('/icon.svg')),
      element('rights', {}, `© ${site.publisher.name}`),
      ...articles.map((article) => {
        const url = absoluteUrl(article.path);
        return element(
          'entry',
          {},
          element('title', {}, article.title),
          element('id', {}, url),
          element('link', { href: url }),
          element('updated', {}, changedAt(article).instant.toISOString()),
          article.description === undefined ? undefined : element('summary', {}, article.description),
          element('content', { type: 'html' }, feedBody(article)),
          ...article.authors.map((author) => element('author', {}, element('name', {}, author.name))),
          ...article.tags.map((tag) => element('category', { label: tag.name, term: tag.name })),
          element('published', {}, article.date.instant.toISOString()),
        );
      }),
    ),
  );
}

/**
 * JSON Feed 1.1, from the same articles: JSON needs no escaping beyond JSON.stringify.
 */
export function jsonFeed11(articles: readonly Article[]): string {
  const site = getSettings();
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: site.name,
      home_page_url: absoluteUrl('/'),
      feed_url: absoluteUrl(feedPaths.json),
      description: site.description,
      icon: absoluteUrl(site.publisher.logo.path),
      favicon: absoluteUrl('/icon.svg'),
      language: site.lang,
      authors: [{ name: site.newsroom, url: absoluteUrl('/') }],
      items: articles.map((article) => {
        const url = absoluteUrl(article.path);
        return {
          id: url,
          url,
          title: article.title,
          summary: article.description,
          content_html: feedBody(article),
          image: absoluteUrl(article.social?.openGraph.url ?? shareImagePath(article.slug)),
          date_published: article.date.iso,
          date_modified: changedAt(article).iso,
          authors: article.authors.map(({ name }) => ({ name })),
          tags: article.tags.map((tag) => tag.name),
          language: article.lang,
        };
      }),
    },
    null,
    2,
  );
}

/**
 * What a feed carries of an article: its body, then its corrections as its page ends with them, so that
 * a reader who follows the site by its feed sees a correction too (the item's date moves with it).
 */
function feedBody(article: Article): string {
  const body = absolutizeLinks(readBody(article.body));
  if (article.corrections.length === 0) return body;
  const labels = labelsFor(article.lang);
  const heading = article.corrections.length === 1 ? labels.correction : labels.corrections;
  const items = article.corrections.map(
    ({ date, text }) =>
      `<li>${escapeXml(formatLongDate(date.instant, article.lang))}\u00A0— ${escapeXml(typeset(text, article.lang))}</li>`,
  );
  return `${body}\n<h2>${escapeXml(heading)}</h2>\n<ul>${items.join('')}</ul>`;
}

/**
 * Feed readers have no base address: every link, image and candidate of a `srcset` is made absolute.
 * Our rendered HTML is serialized by hast-util-to-html, always with double-quoted attributes.
 */
function absolutizeLinks(html: string): string {
  const base = getSettings().url;
  return html
    .replace(/ (href|src)="\/(?!\/)/g, ` $1="${base}/`)
    .replace(
      / srcset="([^"]*)"/g,
      (_, candidates: string) => ` srcset="${candidates.replace(/(^|, )\/(?!\/)/g, `$1${base}/`)}"`,
    );
}
