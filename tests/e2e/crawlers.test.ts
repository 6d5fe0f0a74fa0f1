import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { archiveCorrection, generated } from './fixtures';
import { absolute, fetchAll, fetchOk, isAbsoluteUrl, letters, normalize, parseHtml, resolvedUrl } from './http';
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
/** Share images and logos: a drawn card or a logo (PNG), or a photo's crop (JPEG). */
const SHARE_IMAGE = /^image\/(png|jpeg)\b/;
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

interface ServedImage {
  type: string;
  width: number;
  height: number;
}
const imageCache = new Map<string, Promise<ServedImage>>();

/** Fetches an image a crawler is pointed to: a PNG or a JPEG, served as what it is, and its real size. */
function image(url: string): Promise<ServedImage> {
  let served = imageCache.get(url);
  if (!served) {
    served = fetchOk(url, SHARE_IMAGE).then(async ({ body, contentType }) => {
      const { format, width, height } = await sharp(body).metadata();
      expect(contentType.split(';')[0]).toBe(`image/${format}`);
      return { type: `image/${format}`, width, height };
    });
    imageCache.set(url, served);
  }
  return served;
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
// What crawlers read, as zod schemas: every field checked for type and form, every problem of a
// document reported together, each at its path.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What `schema` reads of `value`; else a failure listing every problem, each at its path. */
function parsed<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${[what, ...issue.path.map(String)].join('.')}: ${issue.message}`,
  );
  throw new Error(`${what} is not what crawlers expect:\n${problems.join('\n')}`);
}

const text = z.string().regex(/\S/, 'expected a non-empty string');
const absoluteUrl = z.string().refine(isAbsoluteUrl, 'expected an absolute http(s) URL');
const isoDate = z.string().regex(ISO_WITH_OFFSET, 'expected an ISO 8601 date and time with its offset');
const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'expected a non-empty array');

const ORGANIZATION_TYPES = ['Organization', 'NewsMediaOrganization'] as const;

const organization = z
  .object({
    '@type': z.enum(ORGANIZATION_TYPES),
    name: text,
    logo: z.object({ '@type': z.literal('ImageObject'), url: absoluteUrl }),
  })
  .transform(({ '@type': type, name, logo }) => ({ type, name, logoUrl: logo.url }));

/** The NewsArticle fields Google's article rich results read (an opinion or an analysis is a NewsArticle too). */
const newsArticle = (type: string) =>
  z
    .object({
      '@context': z.literal('https://schema.org'),
      '@type': z.literal(type),
      headline: text.max(110),
      description: text,
      image: nonEmpty(absoluteUrl),
      datePublished: isoDate,
      dateModified: isoDate,
      author: nonEmpty(
        z
          .object({ '@type': z.enum(['Person', 'Organization']), name: text })
          .transform(({ '@type': authorType, name }) => ({ type: authorType, name })),
      ),
      publisher: organization,
      mainEntityOfPage: z.object({ '@id': absoluteUrl }).transform((entity) => entity['@id']),
      inLanguage: text.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a BCP 47 language tag'),
    })
    .refine((article) => Date.parse(article.dateModified) >= Date.parse(article.datePublished), {
      message: 'expected dateModified not before datePublished',
      path: ['dateModified'],
    });

function readNewsArticle(value: unknown, type = 'NewsArticle') {
  return parsed(newsArticle(type), value, type);
}

/** The @graph of the front page, listing pages and tag pages: exactly one site and one publisher. */
const siteGraph = z
  .object({ '@context': z.literal('https://schema.org'), '@graph': nonEmpty(z.record(z.string(), z.unknown())) })
  .transform(({ '@graph': nodes }, context) => {
    const websites = nodes.filter((node) => node['@type'] === 'WebSite');
    const publishers = nodes.filter((node) => ORGANIZATION_TYPES.some((type) => node['@type'] === type));
    if (websites.length !== 1 || publishers.length !== 1) {
      context.addIssue({
        code: 'custom',
        message: `expected one WebSite and one Organization or NewsMediaOrganization, found ${websites.length} and ${publishers.length}`,
        path: ['@graph'],
      });
      return z.NEVER;
    }
    return { website: websites[0], publisher: publishers[0] };
  })
  .pipe(
    z.object({
      website: z.object({ name: text, url: absoluteUrl }),
      publisher: organization,
    }),
  );

function readSiteGraph(value: unknown) {
  return parsed(siteGraph, value, 'JSON-LD');
}

const feedAuthors = nonEmpty(z.object({ name: text }).transform((author) => author.name));

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the required fields and the ones we promise. */
const jsonFeed = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: text,
    feed_url: absoluteUrl,
    home_page_url: absoluteUrl,
    authors: feedAuthors,
    items: z.array(
      z.object({
        id: text,
        url: absoluteUrl,
        title: text,
        content_html: text,
        date_published: isoDate,
        date_modified: isoDate.optional(),
        authors: feedAuthors,
      }),
    ),
  })
  .transform((feed) => ({
    title: feed.title,
    feedUrl: feed.feed_url,
    homePageUrl: feed.home_page_url,
    authors: feed.authors,
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      contentHtml: item.content_html,
      datePublished: item.date_published,
      dateModified: item.date_modified,
      authors: item.authors,
    })),
  }));

function readJsonFeed(value: unknown) {
  return parsed(jsonFeed, value, 'feed');
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** An entry of a sitemap or of the sitemap index; `fields` keeps every child element, by qualified name (`news:news`…). */
const sitemapEntry = z
  .looseObject({ loc: absoluteUrl, lastmod: isoDate.optional() })
  .transform((fields) => ({ loc: fields.loc, lastmod: fields.lastmod, fields: fields as Record<string, unknown> }));

type SitemapUrl = z.output<typeof sitemapEntry>;

/** A sitemap's <urlset>, well-formed XML in the sitemap namespace, each <loc> absolute. */
const urlset = z.object({
  urlset: z.looseObject({ '@_xmlns': z.literal(SITEMAP_NAMESPACE), url: z.array(sitemapEntry).default([]) }),
});

/** The sitemap index's <sitemapindex>, checked the same way: each file it names absolute. */
const sitemapIndex = z.object({
  sitemapindex: z.object({ '@_xmlns': z.literal(SITEMAP_NAMESPACE), sitemap: nonEmpty(sitemapEntry) }),
});

function parsedXml(xml: string, what: string): unknown {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${what} is not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  return xmlParser.parse(xml) as unknown;
}

function readUrlset(xml: string, what = 'urlset'): { urlset: Record<string, unknown>; urls: SitemapUrl[] } {
  const document = parsed(urlset, parsedXml(xml, what), what);
  return { urlset: document.urlset, urls: document.urlset.url };
}

function readSitemapIndex(xml: string): { sitemaps: SitemapUrl[] } {
  return { sitemaps: parsed(sitemapIndex, parsedXml(xml, 'sitemapindex'), 'sitemapindex').sitemapindex.sitemap };
}

/** What Google News reads of an entry of the news sitemap. */
const newsEntry = z
  .object({
    'news:news': z.object({
      'news:publication': z.object({ 'news:name': text, 'news:language': text }),
      'news:publication_date': isoDate,
      'news:title': text,
    }),
  })
  .transform(({ 'news:news': news }) => ({
    name: news['news:publication']['news:name'],
    language: news['news:publication']['news:language'],
    date: news['news:publication_date'],
    title: news['news:title'],
  }));

/** Every address of the site's sitemaps, as a crawler reads them: the index at /sitemap.xml, then each file it names. */
async function sitemapUrls(): Promise<{ files: string[]; urls: SitemapUrl[] }> {
  const index = readSitemapIndex((await fetchOk('/sitemap.xml', XML)).text);
  const urls: SitemapUrl[] = [];
  for (const { loc } of index.sitemaps) {
    urls.push(...readUrlset((await fetchOk(loc, XML)).text, loc).urls);
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

  it.each(crawledPages)('%s has Open Graph and Twitter tags with a 1200×630 share image', async (path) => {
    const { document } = await page(path);
    const article = path.startsWith('/articles/') ? sourceArticle(slugOf(path)) : undefined;
    expect(metaProperties(document, 'og:type')).toEqual([article ? 'article' : 'website']);
    const title = single(metaProperties(document, 'og:title'), 'og:title');
    if (article) expect(title).toBe(article.title);
    single(metaProperties(document, 'og:description'), 'og:description');
    expect(metaProperties(document, 'og:url').map(resolvedUrl)).toEqual([resolvedUrl(absolute(path))]);
    expect(metaProperties(document, 'og:site_name')).toEqual(['Kiosque']);
    expect(metaProperties(document, 'og:locale')).toEqual([OG_LOCALES[article?.lang ?? 'fr']]);

    const shareUrl = single(metaProperties(document, 'og:image'), 'og:image');
    expect(isAbsoluteUrl(shareUrl), shareUrl).toBe(true);
    // An article with a photo is shared with the photo's crop, any other page with its drawn card.
    if (article?.image) expect(shareUrl).toMatch(new RegExp(`^${absolute('/media/')}[\\w.-]+-og\\.jpg$`));
    else if (article) expect(shareUrl).toBe(absolute(`${path}/share.png`));
    expect(metaProperties(document, 'og:image:width')).toEqual(['1200']);
    expect(metaProperties(document, 'og:image:height')).toEqual(['630']);
    if (article?.image) expect(metaProperties(document, 'og:image:alt')).toEqual([article.image.alt]);
    else single(metaProperties(document, 'og:image:alt'), 'og:image:alt');
    const served = await image(shareUrl);
    expect([served.width, served.height]).toEqual([1200, 630]);
    expect(metaProperties(document, 'og:image:type')).toEqual([served.type]);

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

describe('what these tests hold the site to', () => {
  it('refuses a NewsArticle crawlers would reject, naming every problem at its path', () => {
    const broken = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'x'.repeat(111),
      description: ' ',
      image: ['/articles/x/share.png'],
      datePublished: '2015-02-16T10:00:00+01:00',
      dateModified: '2015-02-15T10:00:00+01:00',
      author: [{ '@type': 'Person', name: 'Anne Martin' }],
      publisher: {
        '@type': 'Organization',
        name: 'Kiosque',
        logo: { '@type': 'ImageObject', url: 'https://k.example/logo.png' },
      },
      mainEntityOfPage: { '@id': 'https://k.example/articles/x' },
      inLanguage: 'fr',
    };
    expect(() => readNewsArticle(broken)).toThrow(
      [
        'NewsArticle is not what crawlers expect:',
        '  NewsArticle.headline: Too big: expected string to have <=110 characters',
        '  NewsArticle.description: expected a non-empty string',
        '  NewsArticle.image.0: expected an absolute http(s) URL',
      ].join('\n'),
    );
    expect(() =>
      readNewsArticle({ ...broken, headline: 'x', description: 'y', image: ['https://k.example/x.png'] }),
    ).toThrow('NewsArticle.dateModified: expected dateModified not before datePublished');
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
    const article = readNewsArticle(newsArticles[0]?.data, schemaTypeOf(source));

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
    // Google asks for 16:9, 4:3 and 1:1 images at least 1,200 px wide: the photo's crops, or the drawn card.
    const images = await Promise.all(article.image.map(image));
    if (source.image) {
      expect(images.map(({ width, height }) => Math.round((100 * width) / height) / 100)).toEqual([1.78, 1.33, 1]);
      for (const { width } of images) expect(width).toBeGreaterThanOrEqual(1200);
    } else expect(article.image).toEqual([absolute(`${articlePath(slug)}/share.png`)]);
    await image(article.publisher.logoUrl);

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
    // The portrait: a square the photo pipeline cut from the original, in AVIF, WebP and JPEG.
    const portrait = document.querySelector('.profile picture img');
    const written = profile.portrait as Record<string, string>;
    expect(portrait?.getAttribute('alt')).toBe(written.alt);
    expect(portrait?.getAttribute('src')).toMatch(/^\/media\/telephone-\w+-portrait-320\.jpg$/);
    expect([portrait?.getAttribute('width'), portrait?.getAttribute('height')]).toEqual(['320', '320']);
    const types = [...document.querySelectorAll('.profile picture source')].map((source) =>
      source.getAttribute('type'),
    );
    expect(types).toEqual(['image/avif', 'image/webp']);
    const square = async (url: string) => {
      const response = await fetchAll(url);
      expect([response.status, response.contentType], url).toEqual([200, 'image/jpeg']);
      const { width, height } = await sharp(response.body).metadata();
      return [width, height];
    };
    expect(await square(portrait!.getAttribute('src')!)).toEqual([320, 320]);
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
      image: expect.stringMatching(/\/media\/telephone-\w+-portrait-480\.jpg$/),
      sameAs: links,
      email: profile.email,
    });
    expect(await square(person.image as string)).toEqual([480, 480]);
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
    const { website, publisher } = readSiteGraph(graphs[0]?.data);
    expect(website).toEqual({ name: 'Kiosque', url: absolute('/') });
    expect(publisher.name).toBe('Kiosque');
    await image(publisher.logoUrl);
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
    const { urlset, urls } = readUrlset(text, '/news-sitemap.xml');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urls.map((url) => url.loc)).toEqual([absolute(articlePath(generated.fresh.slug))]);

    const entries = urls.map((url, index) => parsed(newsEntry, url.fields, `url[${index}]`));
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
