import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { archiveCorrection, generated } from './fixtures';
import {
  absolute,
  fetchAll,
  fetchOk,
  isAbsoluteUrl,
  letters,
  normalize,
  parseHtml,
  pngSize,
  resolvedUrl,
} from './http';
import {
  archiveSlugs,
  changedAt,
  publishedSlugs,
  seed,
  sourceArticle,
  sourcePages,
  sourceProfile,
  unpublished,
  type SourceArticle,
} from './sources';

/**
 * What search engines, social networks and feed readers read from the production build: the server
 * HTML of the pages (parsed, never executed), the structured data, and the site-wide files.
 */

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const ROBOTS = 'index, follow, max-image-preview:large, max-snippet:-1';
const HTML = /^text\/html\b/;
const PNG = /^image\/png\b/;
const XML = /^(application|text)\/xml\b/;
const DAY = 24 * 3_600_000;

const seedSlug = 'cisco-french-tech-2015';
const updatedSlug = 'updated-article';
const englishSlug = 'english-article';
const articlePath = (slug: string) => `/articles/${slug}`;
const seedPath = articlePath(seedSlug);
const tagPath = '/tags/cisco';

const escapingSlug = 'escaping-article';
const scriptsSlug = 'scripts-article';
const tribuneSlug = 'tribune-article';
const correctedSlug = 'corrected-article';
const fixedArticles = [seedSlug, updatedSlug, englishSlug, escapingSlug, scriptsSlug, tribuneSlug, correctedSlug];
/** The e2e site lists five articles a page (tests/e2e/content/site.yml): its archive has pages 1 to 4. */
const archivePages = ['/page/1', '/page/2', '/page/3', '/page/4'];
const listingPages = ['/', '/page/1', '/page/4', tagPath];
/** The pages that tell readers and search engines who writes, how, and what was corrected. */
const trustPages = ['/a-propos', '/mentions-legales', '/corrections', '/corrections/page/1', '/auteurs/anne-martin'];
const crawledPages = [...fixedArticles.map(articlePath), ...listingPages, ...trustPages];

/** The schema.org type of each type of article the fixtures use (the settings' defaults). */
const SCHEMA_TYPES: Record<string, string> = { Tribune: 'OpinionNewsArticle' };
const schemaTypeOf = (source: SourceArticle) => (source.type && SCHEMA_TYPES[source.type]) ?? 'NewsArticle';
const isNewsArticle = (data: unknown) =>
  isRecord(data) && typeof data['@type'] === 'string' && data['@type'].endsWith('NewsArticle');

const feedLinks = [
  { type: 'application/rss+xml', path: '/rss.xml' },
  { type: 'application/atom+xml', path: '/atom.xml' },
  { type: 'application/feed+json', path: '/feed.json' },
];

/** Open Graph wants a locale with a region. */
const OG_LOCALES: Record<string, string> = { fr: 'fr_FR', en: 'en_US' };

// ---------------------------------------------------------------------------------------------
// Fetching, once per address.

interface HtmlPage {
  path: string;
  html: string;
  document: Document;
}

const pageCache = new Map<string, Promise<HtmlPage>>();

function page(path: string): Promise<HtmlPage> {
  let loaded = pageCache.get(path);
  if (!loaded) {
    loaded = fetchOk(path, HTML).then(({ text }) => ({ path, html: text, document: parseHtml(text) }));
    pageCache.set(path, loaded);
  }
  return loaded;
}

const pngCache = new Map<string, Promise<{ width: number; height: number }>>();

/** Fetches an image a crawler is pointed to: it must be a PNG served as one. */
function png(url: string): Promise<{ width: number; height: number }> {
  let size = pngCache.get(url);
  if (!size) {
    size = fetchOk(url, PNG).then(({ body }) => pngSize(body));
    pngCache.set(url, size);
  }
  return size;
}

function metaNames(document: Document, name: string): string[] {
  return [...document.querySelectorAll(`meta[name="${name}"]`)].map((meta) => meta.getAttribute('content') ?? '');
}

function metaProperties(document: Document, property: string): string[] {
  return [...document.querySelectorAll(`meta[property="${property}"]`)].map(
    (meta) => meta.getAttribute('content') ?? '',
  );
}

/** The single value of a meta tag; fails if it is missing, repeated or empty. */
function single(values: string[], what: string): string {
  expect(values, `${what}: exactly one`).toHaveLength(1);
  const [value = ''] = values;
  expect(value.trim(), `${what}: not empty`).not.toBe('');
  return value;
}

interface JsonLdBlock {
  /** The characters between <script type="application/ld+json"> and </script>, as served. */
  raw: string;
  data: unknown;
}

function jsonLd({ html, document }: HtmlPage): JsonLdBlock[] {
  const raw = [...html.matchAll(/<script\b[^>]*\btype="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (match) => match[1] ?? '',
  );
  const parsed = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => script.textContent ?? '',
  );
  // The regex and the HTML parser must agree on where each block ends.
  expect(raw).toEqual(parsed);
  return raw.map((text) => ({ raw: text, data: JSON.parse(text) as unknown }));
}

/** The stories of a page, in the order they are shown: each headline's link, its text and its date. */
function teasers(document: Document): { href: string; text: string; datetime: string }[] {
  return [...document.querySelectorAll('main :is(h2, h3) a[href^="/articles/"], main .brief-list a')].map((link) => {
    const story = link.closest('article, li');
    return {
      href: link.getAttribute('href') ?? '',
      text: normalize(link.textContent ?? ''),
      datetime: story?.querySelector('time[datetime]')?.getAttribute('datetime') ?? '',
    };
  });
}

function slugOf(href: string): string {
  const match = /^\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(href.startsWith('/') ? href : new URL(href).pathname);
  if (!match?.[1]) throw new Error(`${href} is not the address of an article`);
  return match[1];
}

// ---------------------------------------------------------------------------------------------
// Explicitly typed readers for JSON and parsed XML: each field is checked, problems are collected
// and reported together.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface StringRule {
  max?: number;
  pattern?: RegExp;
  absoluteUrl?: boolean;
}

class Reader {
  readonly problems: string[] = [];

  fail(at: string, expected: string, found: unknown): void {
    this.problems.push(`${at}: expected ${expected}, found ${JSON.stringify(found)}`);
  }

  record(value: unknown, at: string): Record<string, unknown> {
    if (isRecord(value)) return value;
    this.fail(at, 'an object', value);
    return {};
  }

  array(value: unknown, at: string): unknown[] {
    if (Array.isArray(value) && value.length > 0) return value;
    this.fail(at, 'a non-empty array', value);
    return [];
  }

  string(value: unknown, at: string, rule: StringRule = {}): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(at, 'a non-empty string', value);
      return '';
    }
    if (rule.max !== undefined && value.length > rule.max) this.fail(at, `at most ${rule.max} characters`, value);
    if (rule.pattern && !rule.pattern.test(value)) this.fail(at, `a string matching ${rule.pattern}`, value);
    if (rule.absoluteUrl && !isAbsoluteUrl(value)) this.fail(at, 'an absolute http(s) URL', value);
    return value;
  }

  oneOf<T extends string>(value: unknown, at: string, allowed: readonly T[]): T | undefined {
    const found = allowed.find((candidate) => candidate === value);
    if (found === undefined) this.fail(at, `one of ${allowed.join(', ')}`, value);
    return found;
  }

  exactly(value: unknown, at: string, expected: string): void {
    if (value !== expected) this.fail(at, JSON.stringify(expected), value);
  }
}

const ORGANIZATION_TYPES = ['Organization', 'NewsMediaOrganization'] as const;

interface OrganizationLd {
  type: (typeof ORGANIZATION_TYPES)[number] | undefined;
  name: string;
  logoUrl: string;
}

function readOrganization(reader: Reader, value: unknown, at: string): OrganizationLd {
  const organization = reader.record(value, at);
  const logo = reader.record(organization.logo, `${at}.logo`);
  reader.exactly(logo['@type'], `${at}.logo.@type`, 'ImageObject');
  return {
    type: reader.oneOf(organization['@type'], `${at}.@type`, ORGANIZATION_TYPES),
    name: reader.string(organization.name, `${at}.name`),
    logoUrl: reader.string(logo.url, `${at}.logo.url`, { absoluteUrl: true }),
  };
}

interface NewsArticleLd {
  headline: string;
  description: string;
  image: string[];
  datePublished: string;
  dateModified: string;
  author: { type: 'Person' | 'Organization' | undefined; name: string }[];
  publisher: OrganizationLd;
  mainEntityOfPage: string;
  inLanguage: string;
}

/** The NewsArticle fields Google's article rich results read, each checked for type and form. */
function readNewsArticle(value: unknown, type = 'NewsArticle'): { article: NewsArticleLd; problems: string[] } {
  const reader = new Reader();
  const data = reader.record(value, 'NewsArticle');
  reader.exactly(data['@context'], '@context', 'https://schema.org');
  reader.exactly(data['@type'], '@type', type);
  const article: NewsArticleLd = {
    headline: reader.string(data.headline, 'headline', { max: 110 }),
    description: reader.string(data.description, 'description'),
    image: reader
      .array(data.image, 'image')
      .map((url, index) => reader.string(url, `image[${index}]`, { absoluteUrl: true })),
    datePublished: reader.string(data.datePublished, 'datePublished', { pattern: ISO_WITH_OFFSET }),
    dateModified: reader.string(data.dateModified, 'dateModified', { pattern: ISO_WITH_OFFSET }),
    author: reader.array(data.author, 'author').map((value, index) => {
      const author = reader.record(value, `author[${index}]`);
      return {
        type: reader.oneOf(author['@type'], `author[${index}].@type`, ['Person', 'Organization'] as const),
        name: reader.string(author.name, `author[${index}].name`),
      };
    }),
    publisher: readOrganization(reader, data.publisher, 'publisher'),
    mainEntityOfPage: reader.string(
      reader.record(data.mainEntityOfPage, 'mainEntityOfPage')['@id'],
      'mainEntityOfPage.@id',
      { absoluteUrl: true },
    ),
    inLanguage: reader.string(data.inLanguage, 'inLanguage', { pattern: /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/ }),
  };
  if (Date.parse(article.dateModified) < Date.parse(article.datePublished))
    reader.fail('dateModified', `not before datePublished ${article.datePublished}`, article.dateModified);
  return { article, problems: reader.problems };
}

/** The @graph of the front page, listing pages and tag pages: the site and its publisher. */
function readSiteGraph(value: unknown): {
  website: { name: string; url: string };
  publisher: OrganizationLd;
  problems: string[];
} {
  const reader = new Reader();
  const data = reader.record(value, 'JSON-LD');
  reader.exactly(data['@context'], '@context', 'https://schema.org');
  const nodes = reader
    .array(data['@graph'], '@graph')
    .map((node, index) => ({ node: reader.record(node, `@graph[${index}]`), index }));
  const websites = nodes.filter(({ node }) => node['@type'] === 'WebSite');
  const publishers = nodes.filter(({ node }) => ORGANIZATION_TYPES.some((type) => node['@type'] === type));
  if (websites.length !== 1) reader.fail('@graph', 'exactly one WebSite', websites.length);
  if (publishers.length !== 1)
    reader.fail('@graph', 'exactly one Organization or NewsMediaOrganization', publishers.length);
  const [website] = websites;
  const [publisher] = publishers;
  return {
    website: {
      name: reader.string(website?.node.name, 'WebSite.name'),
      url: reader.string(website?.node.url, 'WebSite.url', { absoluteUrl: true }),
    },
    publisher: readOrganization(reader, publisher?.node, `@graph[${publisher?.index ?? '?'}]`),
    problems: reader.problems,
  };
}

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  contentHtml: string;
  datePublished: string;
  dateModified: string | undefined;
  authors: string[];
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the required fields and the ones we promise. */
function readJsonFeed(value: unknown): {
  title: string;
  feedUrl: string;
  homePageUrl: string;
  authors: string[];
  items: JsonFeedItem[];
  problems: string[];
} {
  const reader = new Reader();
  const feed = reader.record(value, 'feed');
  reader.exactly(feed.version, 'version', 'https://jsonfeed.org/version/1.1');
  const authors = (at: string, value: unknown) =>
    reader
      .array(value, at)
      .map((author, index) => reader.string(reader.record(author, `${at}[${index}]`).name, `${at}[${index}].name`));
  if (!Array.isArray(feed.items)) reader.fail('items', 'an array', feed.items);
  const items: unknown[] = Array.isArray(feed.items) ? feed.items : [];
  return {
    title: reader.string(feed.title, 'title'),
    feedUrl: reader.string(feed.feed_url, 'feed_url', { absoluteUrl: true }),
    homePageUrl: reader.string(feed.home_page_url, 'home_page_url', { absoluteUrl: true }),
    authors: authors('authors', feed.authors),
    items: items.map((value, index) => {
      const item = reader.record(value, `items[${index}]`);
      const at = (field: string) => `items[${index}].${field}`;
      return {
        id: reader.string(item.id, at('id')),
        url: reader.string(item.url, at('url'), { absoluteUrl: true }),
        title: reader.string(item.title, at('title')),
        contentHtml: reader.string(item.content_html, at('content_html')),
        datePublished: reader.string(item.date_published, at('date_published'), { pattern: ISO_WITH_OFFSET }),
        dateModified:
          item.date_modified === undefined
            ? undefined
            : reader.string(item.date_modified, at('date_modified'), { pattern: ISO_WITH_OFFSET }),
        authors: authors(at('authors'), item.authors),
      };
    }),
    problems: reader.problems,
  };
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

interface SitemapUrl {
  loc: string;
  lastmod: string | undefined;
  /** Every child element, by qualified name (`news:news`…). */
  fields: Record<string, unknown>;
}

/** A sitemap's <urlset>, checked to be well-formed XML in the sitemap namespace, each <loc> absolute. */
function readUrlset(xml: string): { urlset: Record<string, unknown>; urls: SitemapUrl[]; problems: string[] } {
  const { root, entries, problems } = readSitemapDocument(xml, 'urlset', 'url');
  return { urlset: root, urls: entries, problems };
}

/** The sitemap index's <sitemapindex>, checked the same way: each file it names absolute. */
function readSitemapIndex(xml: string): { sitemaps: SitemapUrl[]; problems: string[] } {
  const { entries, problems } = readSitemapDocument(xml, 'sitemapindex', 'sitemap');
  return { sitemaps: entries, problems };
}

function readSitemapDocument(
  xml: string,
  rootName: 'urlset' | 'sitemapindex',
  entryName: 'url' | 'sitemap',
): { root: Record<string, unknown>; entries: SitemapUrl[]; problems: string[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return { root: {}, entries: [], problems: [`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`] };
  const reader = new Reader();
  const document: unknown = xmlParser.parse(xml);
  const root = reader.record(reader.record(document, 'document')[rootName], rootName);
  reader.exactly(root['@_xmlns'], `${rootName}@xmlns`, 'http://www.sitemaps.org/schemas/sitemap/0.9');
  const values = root[entryName] === undefined ? [] : reader.array(root[entryName], `${rootName}.${entryName}`);
  const entries = values.map((value, index) => {
    const fields = reader.record(value, `${entryName}[${index}]`);
    return {
      loc: reader.string(fields.loc, `${entryName}[${index}].loc`, { absoluteUrl: true }),
      lastmod:
        fields.lastmod === undefined
          ? undefined
          : reader.string(fields.lastmod, `${entryName}[${index}].lastmod`, { pattern: ISO_WITH_OFFSET }),
      fields,
    };
  });
  return { root, entries, problems: reader.problems };
}

/** Every address of the site's sitemaps, as a crawler reads them: the index at /sitemap.xml, then each file it names. */
async function sitemapUrls(): Promise<{ files: string[]; urls: SitemapUrl[] }> {
  const index = readSitemapIndex((await fetchOk('/sitemap.xml', XML)).text);
  expect(index.problems).toEqual([]);
  const urls: SitemapUrl[] = [];
  for (const { loc } of index.sitemaps) {
    const file = readUrlset((await fetchOk(loc, XML)).text);
    expect(file.problems, loc).toEqual([]);
    urls.push(...file.urls);
  }
  return { files: index.sitemaps.map(({ loc }) => loc), urls };
}

/** Every href and src of an HTML fragment: a feed reader has no base URL to resolve relative ones. */
function relativeLinks(html: string): string[] {
  return [...parseHtml(html).querySelectorAll('[href], [src]')]
    .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
    .filter((url) => !isAbsoluteUrl(url));
}

function textOf(html: string): string {
  return normalize(parseHtml(html).body.textContent ?? '');
}

/** What the feeds must carry of the seed, in its body: the quote and the tweet. */
function expectSeedBody(html: string, where: string): void {
  const text = textOf(html);
  expect(text, `${where}: the Matignon quote`).toContain(normalize(seed.quote));
  expect(text, `${where}: the tweet`).toContain(normalize(seed.tweetText));
  expect(relativeLinks(html), `${where}: relative links`).toEqual([]);
}

/** The moment an article last changed according to its page's Open Graph tags. */
async function pageChangedAt(slug: string): Promise<string> {
  const { document } = await page(articlePath(slug));
  return (
    metaProperties(document, 'article:modified_time')[0] ??
    single(metaProperties(document, 'article:published_time'), `${slug} article:published_time`)
  );
}

const published = publishedSlugs();
const publishedUrls = published.map((slug) => absolute(articlePath(slug))).sort();

// ---------------------------------------------------------------------------------------------

describe('every page a crawler reads', () => {
  it.each(crawledPages)(
    '%s has one title, a description, one self canonical and the robots directives',
    async (path) => {
      const { document } = await page(path);
      expect(document.querySelectorAll('title')).toHaveLength(1);
      expect(normalize(document.title)).not.toBe('');
      single(metaNames(document, 'description'), 'meta description');
      const canonicals = [...document.querySelectorAll('link[rel="canonical"]')].map((link) =>
        resolvedUrl(link.getAttribute('href')),
      );
      expect(canonicals).toEqual([resolvedUrl(absolute(path))]);
      expect(metaNames(document, 'robots')).toEqual([ROBOTS]);
    },
  );

  it('gives every page its own <title>', async () => {
    const titles = await Promise.all(crawledPages.map(async (path) => normalize((await page(path)).document.title)));
    expect(titles.filter((title, index) => titles.indexOf(title) !== index)).toEqual([]);
  });

  it.each(crawledPages)('%s has Open Graph and Twitter tags with a 1200×630 PNG share image', async (path) => {
    const { document } = await page(path);
    const article = path.startsWith('/articles/') ? sourceArticle(slugOf(path)) : undefined;
    expect(metaProperties(document, 'og:type')).toEqual([article ? 'article' : 'website']);
    const title = single(metaProperties(document, 'og:title'), 'og:title');
    if (article) expect(title).toBe(article.title);
    single(metaProperties(document, 'og:description'), 'og:description');
    expect(metaProperties(document, 'og:url').map(resolvedUrl)).toEqual([resolvedUrl(absolute(path))]);
    expect(metaProperties(document, 'og:site_name')).toEqual(['Kiosque']);
    expect(metaProperties(document, 'og:locale')).toEqual([OG_LOCALES[article?.lang ?? 'fr']]);

    const image = single(metaProperties(document, 'og:image'), 'og:image');
    expect(isAbsoluteUrl(image), image).toBe(true);
    if (article) expect(image).toBe(absolute(`${path}/share.png`));
    expect(metaProperties(document, 'og:image:width')).toEqual(['1200']);
    expect(metaProperties(document, 'og:image:height')).toEqual(['630']);
    single(metaProperties(document, 'og:image:alt'), 'og:image:alt');
    expect(await png(image)).toEqual({ width: 1200, height: 630 });

    expect(metaNames(document, 'twitter:card')).toEqual(['summary_large_image']);
  });

  it.each(crawledPages)('%s announces the RSS, Atom and JSON feeds', async (path) => {
    const { document } = await page(path);
    const alternates = [...document.querySelectorAll('link[rel="alternate"][type]')]
      .map((link) => ({ type: link.getAttribute('type') ?? '', href: link.getAttribute('href') ?? '' }))
      .filter((link) => feedLinks.some((feed) => feed.type === link.type));
    expect(alternates).toEqual(feedLinks.map((feed) => ({ type: feed.type, href: absolute(feed.path) })));
    for (const link of alternates) {
      // What the link announces is what the server says it sends.
      const fetched = await fetchOk(link.href, new RegExp(`^${link.type.replace(/[+.]/g, '\\$&')}\\b`));
      expect(fetched.text.length).toBeGreaterThan(0);
    }
  });

  it.each(crawledPages)('%s serves its JSON-LD escaped: no "</" inside the script', async (path) => {
    const blocks = jsonLd(await page(path));
    expect(blocks.length).toBeGreaterThan(0);
    for (const { raw } of blocks) {
      expect(raw).not.toContain('</');
      expect(raw).not.toContain('<!--');
    }
  });
});

describe('articles', () => {
  it.each(fixedArticles)('%s has the article:* Open Graph tags of its front matter', async (slug) => {
    const source = sourceArticle(slug);
    const { document } = await page(articlePath(slug));
    expect(metaProperties(document, 'article:published_time')).toEqual([source.date]);
    const changed = changedAt(source);
    expect(metaProperties(document, 'article:modified_time')).toEqual(changed === source.date ? [] : [changed]);
    expect(metaProperties(document, 'article:tag')).toEqual(source.tags);
    expect(metaProperties(document, 'article:author')).toEqual(source.authors);
  });

  it('dates the seed and the updated article as their files do', async () => {
    const seedPage = (await page(seedPath)).document;
    expect(metaProperties(seedPage, 'article:published_time')).toEqual(['2015-02-16T18:00:00+01:00']);
    expect(metaProperties(seedPage, 'article:modified_time')).toEqual([]);
    const updated = (await page(articlePath(updatedSlug))).document;
    expect(metaProperties(updated, 'article:published_time')).toEqual(['2015-02-20T08:00:00+01:00']);
    expect(metaProperties(updated, 'article:modified_time')).toEqual(['2015-02-21T10:30:00+01:00']);
  });

  it.each(fixedArticles)('%s has a valid NewsArticle that says what the page shows', async (slug) => {
    const source = sourceArticle(slug);
    const loaded = await page(articlePath(slug));
    const { document } = loaded;
    const newsArticles = jsonLd(loaded).filter(({ data }) => isNewsArticle(data));
    expect(newsArticles).toHaveLength(1);
    const { article, problems } = readNewsArticle(newsArticles[0]?.data, schemaTypeOf(source));
    expect(problems).toEqual([]);

    expect(article.headline).toBe(normalize(document.querySelector('h1')?.textContent ?? ''));
    expect(article.headline).toBe(source.title);
    expect(article.description).toBe(metaNames(document, 'description')[0]);
    expect(article.datePublished).toBe(source.date);
    expect(article.dateModified).toBe(changedAt(source));
    expect(article.author.map((author) => author.name)).toEqual(source.authors);
    expect(article.mainEntityOfPage).toBe(absolute(articlePath(slug)));
    expect(resolvedUrl(article.mainEntityOfPage)).toBe(
      resolvedUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null),
    );
    expect(article.inLanguage).toBe(source.lang);
    expect(article.publisher.name).toBe('Kiosque');
    for (const url of [...article.image, article.publisher.logoUrl]) await png(url);

    // The dates readers see are the dates machines read.
    const times = [...document.querySelectorAll('.byline time')].map((time) => ({
      datetime: time.getAttribute('datetime'),
      before: normalize((time.parentElement?.textContent ?? '').split(time.textContent ?? '')[0] ?? ''),
    }));
    const latestCorrection = source.corrections.at(-1)?.date;
    expect(times.map((time) => time.datetime)).toEqual([
      article.datePublished,
      ...(source.updated ? [source.updated] : []),
      ...(latestCorrection ? [latestCorrection] : []),
    ]);
    if (source.updated) expect(times[1]?.before).toMatch(/Mis à jour le$/);
    if (latestCorrection) expect(times.at(-1)?.before).toMatch(/Cet article a été corrigé le$/);
  });
});

describe('what readers and Google News are told to trust', () => {
  const jsonLdOf = async (path: string) =>
    jsonLd(await page(path)).flatMap(({ data }) => (isRecord(data) ? [data] : []));
  /** Every node of a page's JSON-LD, those of an @graph and those nested as a publisher included. */
  const nodesOf = async (path: string) =>
    (await jsonLdOf(path)).flatMap((data) => [
      data,
      ...(Array.isArray(data['@graph']) ? data['@graph'].filter(isRecord) : []),
      ...(isRecord(data.publisher) ? [data.publisher] : []),
    ]);

  it('labels a tribune above its headline and in listings, set apart, and tells search engines it is an opinion', async () => {
    const { document } = await page(articlePath(tribuneSlug));
    expect(normalize(document.querySelector('.article-header .article-type')?.textContent ?? '')).toBe('Tribune');
    expect(document.querySelector('article.article')?.classList.contains('opinion')).toBe(true);
    const [article] = (await jsonLdOf(articlePath(tribuneSlug))).filter(isNewsArticle);
    expect(article?.['@type']).toBe('OpinionNewsArticle');
    const teaser = [...(await page('/tags/french-tech')).document.querySelectorAll('article.teaser')].find((story) =>
      story.querySelector(`a[href="${articlePath(tribuneSlug)}"]`),
    );
    expect(teaser?.classList.contains('opinion')).toBe(true);
    expect(normalize(teaser?.querySelector('.article-type')?.textContent ?? '')).toBe('Tribune');
    // And where the seed suggests it, « À lire aussi ».
    const suggested = [...(await page(seedPath)).document.querySelectorAll('aside.related li')].find((item) =>
      item.querySelector(`a[href="${articlePath(tribuneSlug)}"]`),
    );
    expect(normalize(suggested?.querySelector('.opinion > .article-type')?.textContent ?? '')).toBe('Tribune');
  });

  it('shows a correction under the byline and at the end of the article, tells it in JSON-LD, and opens with the dateline', async () => {
    const source = sourceArticle(correctedSlug);
    const { document } = await page(articlePath(correctedSlug));
    const notice = document.querySelector('.byline .byline-corrected a');
    expect(normalize(notice?.textContent ?? '')).toBe('Cet article a été corrigé le 19 février 2015');
    const list = document.querySelector(notice?.getAttribute('href') ?? '#none');
    expect(list?.closest('article')).toBe(document.querySelector('article.article'));
    const items = [...(list?.querySelectorAll('li') ?? [])];
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual(
      source.corrections.map((correction) => correction.date),
    );
    expect(items.map((item) => letters(item.textContent ?? ''))).toEqual(
      source.corrections.map((correction) => expect.stringContaining(letters(correction.text))),
    );

    const [article] = (await jsonLdOf(articlePath(correctedSlug))).filter(isNewsArticle);
    expect(article?.correction).toEqual(
      source.corrections.map(({ date, text }) => ({ '@type': 'CorrectionComment', text, datePublished: date })),
    );
    expect(article?.dateModified).toBe(source.corrections.at(-1)?.date);
    expect(article?.dateline).toBe(source.dateline);

    const opening = document.querySelector('.article-body p');
    expect(opening?.firstElementChild?.className).toBe('dateline');
    expect(normalize(opening?.textContent ?? '')).toMatch(/^SOPHIA ANTIPOLIS — Le groupe américain a annoncé/);
  });

  it('carries a correction into the feeds: the item’s date and its content', async () => {
    const source = sourceArticle(correctedSlug);
    const latest = source.corrections.at(-1)!;
    const feed = readJsonFeed(JSON.parse((await fetchOk('/feed.json', /json/)).text) as unknown);
    const item = feed.items.find((candidate) => candidate.url === absolute(articlePath(correctedSlug)));
    expect(item?.dateModified).toBe(latest.date);
    expect(letters(textOf(item?.contentHtml ?? ''))).toContain(letters(latest.text));
    const rss = await new Parser().parseString((await fetchOk('/rss.xml', /rss/)).text);
    const rssItem = rss.items.find((candidate) => candidate.link === absolute(articlePath(correctedSlug)));
    expect(Date.parse(rssItem?.pubDate ?? '')).toBe(Date.parse(latest.date));
  });

  it('lists every correction on /corrections, newest first, the oldest on archive pages numbered from the oldest', async () => {
    const listed = async (path: string) =>
      [...(await page(path)).document.querySelectorAll('.correction-list > li')].map((item) => [
        item.querySelector('h2 a')?.getAttribute('href'),
        Date.parse(item.querySelector('time')?.getAttribute('datetime') ?? ''),
      ]);
    const expected = [
      ...sourceArticle(correctedSlug).corrections.map(({ date }) => [articlePath(correctedSlug), Date.parse(date)]),
      ...Array.from({ length: generated.correctedCount }, (_, index) => [
        articlePath(archiveSlugs[index]!),
        Date.parse(archiveCorrection(index + 1).date),
      ]),
    ].sort((a, b) => Number(b[1]) - Number(a[1]));
    const first = await page('/corrections');
    expect(first.document.querySelector('a[rel~="next"]')?.getAttribute('href')).toBe('/corrections/page/1');
    const archive = await page('/corrections/page/1');
    expect(archive.document.querySelector('a[rel~="prev"]')?.getAttribute('href')).toBe('/corrections');
    expect([...(await listed('/corrections')), ...(await listed('/corrections/page/1'))]).toEqual(expected);
    expect(await listed('/corrections/page/1')).toHaveLength(5);
    // It leads to the policy that says how the paper corrects.
    expect(first.document.querySelector('.listing-header a')?.getAttribute('href')).toBe('/politique-de-corrections');
    for (const path of ['/corrections/page/2', '/corrections/page/0']) expect((await fetchAll(path)).status).toBe(404);
  });

  it('gives an author with a profile a page with the bio, the portrait, the links and a ProfilePage', async () => {
    const { data: profile, body } = sourceProfile('anne-martin');
    const path = '/auteurs/anne-martin';
    const { document } = await page(path);
    expect(normalize(document.querySelector('h1')?.textContent ?? '')).toBe(profile.name);
    expect(letters(document.querySelector('.profile-bio')?.textContent ?? '')).toBe(letters(body.replace(/\*/g, '')));
    const portrait = document.querySelector('.profile img');
    const written = profile.portrait as Record<string, string>;
    expect([portrait?.getAttribute('src'), portrait?.getAttribute('alt')]).toEqual([written.src, written.alt]);
    await png(absolute(written.src!));
    const links = Object.values(profile.links as Record<string, string>).map((url) => new URL(url).href);
    expect([...document.querySelectorAll('.profile-links a[rel="me"]')].map((a) => a.getAttribute('href'))).toEqual(
      links,
    );
    // A byline leads there.
    const byline = (await page(articlePath(correctedSlug))).document.querySelector('.byline-authors a');
    expect(byline?.getAttribute('href')).toBe(path);

    const profilePages = (await jsonLdOf(path)).filter((data) => data['@type'] === 'ProfilePage');
    expect(profilePages).toHaveLength(1);
    const person = profilePages[0]!.mainEntity as Record<string, unknown>;
    expect(person).toMatchObject({
      '@type': 'Person',
      name: profile.name,
      jobTitle: profile.role,
      url: absolute(path),
      image: absolute(written.src!),
      sameAs: links,
      email: profile.email,
    });
    // An author without a profile keeps a plain list.
    expect((await jsonLdOf('/auteurs/la-redaction')).filter((data) => data['@type'] === 'ProfilePage')).toEqual([]);
    expect((await page('/auteurs/la-redaction')).document.querySelector('.profile')).toBeNull();
  });

  it('publishes content/pages at the top of the site, linked from every page’s footer in the settings’ order', async () => {
    const order = ['a-propos', 'charte-deontologique', 'politique-de-corrections', 'contact', 'mentions-legales'];
    expect([...sourcePages.map((source) => source.slug)].sort()).toEqual([...order].sort());
    for (const path of ['/', articlePath(englishSlug), '/corrections', '/a-propos', '/auteurs/anne-martin']) {
      const footer = [...(await page(path)).document.querySelectorAll('.site-footer > ul a')].map((a) =>
        a.getAttribute('href'),
      );
      expect(footer.slice(0, order.length), path).toEqual(order.map((slug) => `/${slug}`));
    }
    for (const { slug, title } of sourcePages) {
      const { document } = await page(`/${slug}`);
      expect(normalize(document.querySelector('h1')?.textContent ?? '')).toBe(title);
    }
    const { urls } = await sitemapUrls();
    const locs = urls.map((url) => url.loc);
    for (const path of [...order.map((slug) => `/${slug}`), '/corrections', '/corrections/page/1'])
      expect(locs, path).toContain(absolute(path));
  });

  it('points the NewsMediaOrganization of every page to the pages of its policies', async () => {
    const policies = Object.fromEntries(
      sourcePages.flatMap(({ slug, policies: named }) => named.map((policy) => [policy, absolute(`/${slug}`)])),
    );
    expect(Object.keys(policies)).toEqual(
      expect.arrayContaining(['publishingPrinciples', 'ethicsPolicy', 'correctionsPolicy', 'masthead']),
    );
    for (const path of ['/', articlePath(seedSlug), '/a-propos', '/corrections']) {
      const organizations = (await nodesOf(path)).filter((node) => node['@type'] === 'NewsMediaOrganization');
      expect(organizations.length, path).toBeGreaterThan(0);
      for (const organization of organizations) expect(organization, path).toMatchObject(policies);
    }
    for (const url of new Set(Object.values(policies))) expect((await fetchAll(url)).status, url).toBe(200);
  });
});

describe('the front page, its next pages and tag pages', () => {
  it.each(listingPages)('%s describes the site and its publisher in JSON-LD', async (path) => {
    const graphs = jsonLd(await page(path)).filter(({ data }) => isRecord(data) && '@graph' in data);
    expect(graphs).toHaveLength(1);
    const { website, publisher, problems } = readSiteGraph(graphs[0]?.data);
    expect(problems).toEqual([]);
    expect(website).toEqual({ name: 'Kiosque', url: absolute('/') });
    expect(publisher.name).toBe('Kiosque');
    await png(publisher.logoUrl);
  });

  it.each(listingPages)('%s links to each article it lists, with its title as the link text', async (path) => {
    const listed = teasers((await page(path)).document);
    expect(listed.length).toBeGreaterThan(0);
    for (const teaser of listed) {
      const slug = slugOf(teaser.href);
      const article = (await page(articlePath(slug))).document;
      expect(teaser.text, teaser.href).toBe(normalize(article.querySelector('h1')?.textContent ?? ''));
    }
  });

  it('leads with the story the desk chose, though it is not the newest', async () => {
    const [lead] = teasers((await page('/')).document);
    expect(lead?.href).toBe(articlePath('updated-article'));
    expect(Date.parse(sourceArticle('updated-article').date)).toBeLessThan(
      Date.parse(sourceArticle('english-article').date),
    );
  });

  it('reaches every published article from the front page and its archive, whose pages go from newest to oldest', async () => {
    const home = await page('/');
    const onFront = teasers(home.document).map((teaser) => slugOf(teaser.href));
    expect(new Set(onFront).size, 'each story once on the front page').toBe(onFront.length);
    // From the front page, "older" leads through the archive, newest page first.
    const archive: { href: string; datetime: string }[] = [];
    const visited: string[] = [];
    for (let next = home.document.querySelector('a[rel~="next"]')?.getAttribute('href'); next;) {
      visited.push(next);
      const listing = await page(next);
      archive.push(...teasers(listing.document));
      next = listing.document.querySelector('a[rel~="next"]')?.getAttribute('href');
    }
    expect(visited).toEqual([...archivePages].reverse());
    const archived = archive.map((teaser) => slugOf(teaser.href));
    expect(new Set(archived).size, 'each archived article on one archive page').toBe(archived.length);
    expect([...new Set([...onFront, ...archived])].sort()).toEqual([...published].sort());
    // The archive holds the oldest articles, newest first, five a page.
    expect(archive.map((teaser) => slugOf(teaser.href)).filter((slug) => !archiveSlugs.includes(slug))).toEqual([]);
    const instants = archive.map((teaser) => Date.parse(teaser.datetime));
    expect(instants.every((instant) => !Number.isNaN(instant))).toBe(true);
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    // Each archive page leads back to the newer one, the last to the front page.
    expect((await page('/page/4')).document.querySelector('a[rel~="prev"]')?.getAttribute('href')).toBe('/');
    expect((await page('/page/1')).document.querySelector('a[rel~="prev"]')?.getAttribute('href')).toBe('/page/2');
    expect((await page('/page/1')).document.querySelector('a[rel~="next"]')).toBeNull();
  });

  it('lists the seed on its tag page', async () => {
    expect(teasers((await page(tagPath)).document).map((teaser) => teaser.href)).toContain(seedPath);
  });

  // Four archive pages of five hold the oldest fixtures: /page/5 is past the end.
  it.each(['/page/5', '/page/99', '/page/02', '/page/0', '/tags/cisco/page/1'])('%s is a 404', async (path) => {
    const { status, contentType } = await fetchAll(path);
    expect(status).toBe(404);
    expect(contentType).toMatch(HTML);
  });
});

describe('robots.txt and the sitemaps', () => {
  it('lets every crawler in and names both sitemaps by absolute URL', async () => {
    const { text } = await fetchOk('/robots.txt', /^text\/plain\b/);
    const lines = text
      .split(/\r?\n/)
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean)
      .map((line) => ({
        field: line.slice(0, line.indexOf(':')).trim().toLowerCase(),
        value: line.slice(line.indexOf(':') + 1).trim(),
      }));
    // The group of `User-agent: *`: every line after it until another user-agent.
    const start = lines.findIndex((line) => line.field === 'user-agent' && line.value === '*');
    expect(start).toBeGreaterThanOrEqual(0);
    const end = lines.findIndex(
      (line, index) => index > start && line.field === 'user-agent' && lines[index - 1]?.field !== 'user-agent',
    );
    const group = lines.slice(start, end === -1 ? undefined : end);
    expect(group).toContainEqual({ field: 'allow', value: '/' });
    expect(group.filter((line) => line.field === 'disallow' && line.value !== '')).toEqual([]);
    const sitemaps = lines.filter((line) => line.field === 'sitemap').map((line) => line.value);
    expect([...sitemaps].sort()).toEqual([absolute('/news-sitemap.xml'), absolute('/sitemap.xml')]);
    for (const sitemap of sitemaps) await fetchOk(sitemap, XML);
  });

  it('is an index of sitemap files, the site’s pages then a file a month, each dated by its newest change', async () => {
    const index = readSitemapIndex((await fetchOk('/sitemap.xml', XML)).text);
    expect(index.problems).toEqual([]);
    const locs = index.sitemaps.map(({ loc }) => loc);
    expect(locs[0]).toBe(absolute('/sitemaps/pages.xml'));
    for (const loc of locs.slice(1)) expect(loc).toMatch(/\/sitemaps\/\d{4}-\d{2}\.xml$/);
    // The seed's month holds the seed.
    const february = readUrlset((await fetchOk('/sitemaps/2015-02.xml', XML)).text);
    expect(february.urls.map((url) => url.loc)).toContain(absolute(seedPath));
    for (const { loc, lastmod } of index.sitemaps) {
      const { urls } = readUrlset((await fetchOk(loc, XML)).text);
      const newest = urls
        .flatMap(({ lastmod: date }) => (date ? [date] : []))
        .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
      expect(lastmod, loc).toBe(newest);
    }
    for (const path of ['/sitemaps/1.xml', '/sitemaps/2015-13.xml', '/sitemaps/pages'])
      expect((await fetchAll(path)).status, path).toBe(404);
  });

  it('lists every published article, the listing pages, every tag, author and rubrique page, and nothing else', async () => {
    const { urls } = await sitemapUrls();
    const locs = urls.map((url) => url.loc);

    // Every page a reader reaches by a link: tags and authors from the articles, rubriques and the
    // legal notice from the site's navigation (the search page asks not to be indexed).
    const linked = new Set<string>();
    for (const slug of published) {
      for (const link of (await page(articlePath(slug))).document.querySelectorAll(
        'article a[href^="/tags/"], .byline a[href^="/auteurs/"]',
      ))
        linked.add(link.getAttribute('href') ?? '');
    }
    for (const link of (await page('/')).document.querySelectorAll('nav.sections a, .site-footer a[href^="/"]'))
      if (link.getAttribute('href') !== '/rss.xml') linked.add(link.getAttribute('href') ?? '');
    linked.add('/');
    for (const prefix of ['/tags/', '/auteurs/', '/rubriques/', '/mentions-legales'])
      expect(
        [...linked].some((path) => path.startsWith(prefix)),
        prefix,
      ).toBe(true);
    // And the next pages of each listing, by its pagination.
    for (const path of [...linked]) {
      for (let next = path; next;) {
        linked.add(next);
        next = (await page(next)).document.querySelector('a[rel~="next"]')?.getAttribute('href') ?? '';
      }
    }
    // As the sitemap writes them: absolute, a path in another script percent-encoded.
    const expected = [...publishedUrls, ...[...linked].map((path) => new URL(path, absolute('/')).href)].sort();
    expect([...locs].sort()).toEqual(expected);
    expect(new Set(locs).size).toBe(locs.length);

    for (const loc of locs) expect((await fetchAll(loc)).status, loc).toBe(200);
  });

  it('dates each article by its front matter, and no page by the build', async () => {
    const { urls } = await sitemapUrls();
    const lastmod = new Map(urls.map((url) => [url.loc, url.lastmod]));

    expect(lastmod.get(absolute(seedPath))).toBe('2015-02-16T18:00:00+01:00');
    expect(lastmod.get(absolute(articlePath(updatedSlug)))).toBe('2015-02-21T10:30:00+01:00');
    for (const slug of published) {
      const fixed = fixedArticles.includes(slug) ? sourceArticle(slug) : undefined;
      // Generated fixtures are dated when the setup runs: their pages' dates stand in for the file.
      const expected = fixed ? changedAt(fixed) : await pageChangedAt(slug);
      expect(lastmod.get(absolute(articlePath(slug))), slug).toBe(expected);
    }

    // Only the fresh article is from the last day: any other recent lastmod is the build's clock.
    const fresh = await pageChangedAt(generated.fresh.slug);
    const recent = [...lastmod].filter(([, value]) => value !== undefined && Date.now() - Date.parse(value) < DAY);
    expect(recent.length, 'the fresh article is recent').toBeGreaterThan(0);
    expect(
      recent.filter(([, value]) => value !== fresh),
      `recent lastmod other than the fresh article's ${fresh}`,
    ).toEqual([]);
  });

  it('gives Google News exactly the fresh article, with its publication, language, date and title', async () => {
    const { text } = await fetchOk('/news-sitemap.xml', XML);
    const { urlset, urls, problems } = readUrlset(text);
    expect(problems).toEqual([]);
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urls.map((url) => url.loc)).toEqual([absolute(articlePath(generated.fresh.slug))]);

    const reader = new Reader();
    const entries = urls.map((url, index) => {
      const news = reader.record(url.fields['news:news'], `url[${index}].news:news`);
      const publication = reader.record(news['news:publication'], `url[${index}].news:publication`);
      return {
        name: reader.string(publication['news:name'], 'news:name'),
        language: reader.string(publication['news:language'], 'news:language'),
        date: reader.string(news['news:publication_date'], 'news:publication_date', { pattern: ISO_WITH_OFFSET }),
        title: reader.string(news['news:title'], 'news:title'),
      };
    });
    expect(reader.problems).toEqual([]);
    const freshDate = single(
      metaProperties((await page(articlePath(generated.fresh.slug))).document, 'article:published_time'),
      'published_time',
    );
    expect(entries).toEqual([{ name: 'Kiosque', language: 'fr', date: freshDate, title: generated.fresh.title }]);
    for (const entry of entries) {
      const age = Date.now() - Date.parse(entry.date);
      expect(age, entry.date).toBeGreaterThanOrEqual(0);
      expect(age, entry.date).toBeLessThanOrEqual(2 * DAY);
    }
  });
});

describe('feeds', () => {
  type FeedItem = { 'content:encoded'?: string; id?: string; updated?: string };
  const parser = new Parser<Record<string, never>, FeedItem>({ customFields: { item: ['updated'] } });

  it('RSS 2.0 carries every published article in full, with absolute links and real dates', async () => {
    const { text } = await fetchOk('/rss.xml', /^application\/rss\+xml\b/);
    const feed = await parser.parseString(text);
    expect(feed.title).toBe('Kiosque');
    expect(feed.feedUrl).toBe(absolute('/rss.xml'));
    expect(feed.items.map((item) => item.link ?? '').sort()).toEqual(publishedUrls);
    for (const item of feed.items)
      expect(Number.isNaN(Date.parse(item.pubDate ?? '')), `${item.link} pubDate ${item.pubDate}`).toBe(false);

    const item = feed.items.find((candidate) => candidate.link === absolute(seedPath));
    expect(item?.title).toBe(seed.title);
    expect(new Date(item?.pubDate ?? '').toISOString()).toBe('2015-02-16T17:00:00.000Z');
    expectSeedBody(item?.['content:encoded'] ?? '', 'rss content:encoded');
  });

  it('Atom carries every published article in full, with absolute links, published and updated dates', async () => {
    const { text } = await fetchOk('/atom.xml', /^application\/atom\+xml\b/);
    const feed = await parser.parseString(text);
    expect(feed.title).toBe('Kiosque');
    expect(feed.feedUrl).toBe(absolute('/atom.xml'));
    expect(feed.items.map((item) => item.link ?? '').sort()).toEqual(publishedUrls);

    const item = feed.items.find((candidate) => candidate.link === absolute(seedPath));
    expect(item?.title).toBe(seed.title);
    expect(item?.isoDate).toBe('2015-02-16T17:00:00.000Z');
    expectSeedBody(item?.content ?? '', 'atom content');

    const updated = feed.items.find((candidate) => candidate.link === absolute(articlePath(updatedSlug)));
    expect(updated?.isoDate).toBe(new Date('2015-02-20T08:00:00+01:00').toISOString());
    expect(new Date(updated?.updated ?? '').toISOString()).toBe(new Date('2015-02-21T10:30:00+01:00').toISOString());
  });

  it('JSON Feed 1.1 has the required fields and every published article in full', async () => {
    const { text } = await fetchOk('/feed.json', /^application\/(feed\+)?json\b/);
    const feed = readJsonFeed(JSON.parse(text) as unknown);
    expect(feed.problems).toEqual([]);
    expect(feed.title).toBe('Kiosque');
    expect(feed.feedUrl).toBe(absolute('/feed.json'));
    expect(feed.homePageUrl).toBe(absolute('/'));
    expect(feed.items.map((item) => item.url).sort()).toEqual(publishedUrls);
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(feed.items.length);

    const item = feed.items.find((candidate) => candidate.url === absolute(seedPath));
    expect(item?.title).toBe(seed.title);
    expect(item?.datePublished).toBe('2015-02-16T18:00:00+01:00');
    expect(item?.authors).toEqual(['La rédaction']);
    expectSeedBody(item?.contentHtml ?? '', 'json content_html');
    const updated = feed.items.find((candidate) => candidate.url === absolute(articlePath(updatedSlug)));
    expect(updated?.dateModified).toBe('2015-02-21T10:30:00+01:00');
    expect(updated?.authors).toEqual(['Anne Martin']);
  });
});

describe('drafts and scheduled articles', () => {
  // The draft's only tag is Brouillon, the scheduled article's Avenir: neither may bring a tag page into being.
  it.each([
    ...unpublished.flatMap(({ slug }) => [articlePath(slug), `${articlePath(slug)}/share.png`]),
    '/tags/brouillon',
    '/tags/avenir',
  ])('%s is a 404', async (path) => {
    expect((await fetchAll(path)).status).toBe(404);
  });

  it.each(unpublished)('the $why article ($slug) appears in no listing, sitemap or feed', async ({ slug, title }) => {
    const sitemaps = await sitemapUrls();
    const tagPages = sitemaps.urls.map((url) => url.loc).filter((loc) => new URL(loc).pathname.startsWith('/tags/'));
    expect(tagPages.length).toBeGreaterThan(0);
    const places = [
      '/',
      ...archivePages,
      '/sitemap.xml',
      ...sitemaps.files,
      '/news-sitemap.xml',
      '/rss.xml',
      '/atom.xml',
      '/feed.json',
      ...tagPages,
    ];
    const leaks: string[] = [];
    for (const place of places) {
      const { status, text } = await fetchAll(place);
      expect(status, place).toBe(200);
      for (const needle of [slug, title])
        if (text.includes(needle)) leaks.push(`${place} contains ${JSON.stringify(needle)}`);
    }
    expect(leaks).toEqual([]);
  });
});
