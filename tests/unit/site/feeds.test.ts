import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getFeed, readBody, sitemapIndexOf } from '@/lib/content';
import { splitParts } from '@/lib/content/pages';
import { atom, jsonFeed11, rss } from '@/lib/feeds';
import { newsSitemapXml, sitemapIndexXml, sitemapXml } from '@/lib/sitemaps';
import { contentFolder, photo, siteOf } from '../content/temp-content';

/** Articles no editor writes every day but any may: `]]>` twice, markup and `&` in text, emoji, RTL, bidi controls, long titles. */
const HOSTILE = 'tests/fixtures/legal-but-hostile';

/** A real XML parser, which keeps text as written: no trimming, no numbers. */
function parseXml(xml: string): unknown {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'dc:creator', 'category', 'author'].includes(name),
  });
  return parser.parse(xml);
}

/** Reads `path` in parsed XML, failing the test if it is not there. */
function at(value: unknown, ...path: (string | number)[]): unknown {
  for (const key of path) {
    if (typeof value !== 'object' || value === null) throw new Error(`no ${path.join('.')}: nothing at ${key}`);
    value = Reflect.get(value, key);
  }
  return value;
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error('not a list');
  return value;
}

function unescapeHtml(html: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!);
}

const absolutize = (html: string) => html.replace(/ (href|src)="\/(?!\/)/g, ' $1="http://localhost:3000/');

afterEach(() => vi.unstubAllEnvs());

describe('feeds', () => {
  const folder = contentFolder({
    'lien.md':
      '---\ntitle: "Avec un lien"\ndescription: "D"\ndate: 2015-02-16\nauthor: [Anne, Paul]\n---\nVoir [l’autre article](/articles/autre) et ![le logo](/images/logo.jpg).\n',
    'autre.md': '---\ntitle: "L’autre"\ndescription: "D"\ndate: 2015-02-15\n---\nTexte.\n',
  });
  beforeAll(async () => {
    mkdirSync(path.join(folder, 'images'));
    writeFileSync(path.join(folder, 'images', 'logo.jpg'), await photo(800, 600));
  });
  beforeEach(() => vi.stubEnv('CONTENT_DIR', folder));
  const articles = () => getFeed();

  it('gives feed readers absolute links and image addresses in the full content', () => {
    const items = at(parseXml(rss(articles())), 'rss', 'channel', 'item');
    const content = String(at(items, 0, 'content:encoded'));
    expect(content).toContain('<a href="http://localhost:3000/articles/autre">');
    const image = /<img [^>]*>/.exec(content)?.[0] ?? '';
    expect(image).toMatch(/ src="http:\/\/localhost:3000\/media\/logo-\w+-\d+\.jpg"/);
    expect(image).toMatch(/ srcset="http:\/\/localhost:3000\/media\/[^"]+ 800w"/);
    expect(content).toContain('<source type="image/avif" srcset="http://localhost:3000/media/');
  });

  it('writes JSON Feed 1.1, with authors as a list', () => {
    const feed = JSON.parse(jsonFeed11(articles()));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('fr');
    expect(feed.items[0].authors).toEqual([{ name: 'Anne' }, { name: 'Paul' }]);
    expect(feed.items[0]).not.toHaveProperty('author');
  });

  it('names RSS authors with dc:creator, since RSS <author> must be an e-mail address', () => {
    const xml = rss(articles());
    const rssElement = at(parseXml(xml), 'rss');
    expect(at(rssElement, '@_xmlns:dc')).toBe('http://purl.org/dc/elements/1.1/');
    expect(at(rssElement, 'channel', 'item', 0, 'dc:creator')).toEqual(['Anne', 'Paul']);
    expect(xml).not.toContain('<author>');
  });
});

describe('the sitemap', () => {
  it('lists the rubriques with an article, not those that would list nothing', () => {
    const { model } = siteOf(
      contentFolder({ 'a.md': '---\ntitle: "A"\ndescription: "D"\ndate: 2015-02-16\nsection: Tech\n---\nTexte.\n' }),
    );
    const rubriques = [...model.sitemapParts().values()]
      .flat()
      .map((entry) => entry.path)
      .filter((path) => path.startsWith('/rubriques/'));
    expect(rubriques).toEqual(['/rubriques/tech']);
  });
});

describe('feeds and sitemaps of legal but hostile articles', () => {
  const { articles: read, problems, bodies, model } = siteOf(HOSTILE, new Date('2024-01-16T00:00:00Z'));
  beforeEach(() => vi.stubEnv('CONTENT_DIR', HOSTILE));
  const articles = model.feed();

  it('are articles the check accepts', () => {
    // Their leads may be long for a lead (a warning): they must have no error.
    expect(problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(read).toHaveLength(5);
    expect(articles).toHaveLength(5);
    // What makes them hostile is really there.
    const texts = read
      .map((article) => `${article.title} ${article.description} ${bodies.get(article.body)}`)
      .join(' ');
    for (const needle of [']]>', '<b>', '&', '\u202e', '\u2028', '👩‍👩‍👧', 'مرحبا', 'שלום'])
      expect(texts).toContain(needle);
    expect(Math.max(...articles.map((article) => article.title.length))).toBeGreaterThan(1000);
  });

  it('give an RSS feed that parses, carrying every text exactly', () => {
    const items = at(parseXml(rss(articles)), 'rss', 'channel', 'item');
    expect(items).toHaveLength(articles.length);
    articles.forEach((article, index) => {
      const item = at(items, index);
      expect(at(item, 'title')).toBe(article.title);
      // RSS descriptions are HTML to feed readers: the plain-text lead is escaped as HTML.
      expect(unescapeHtml(String(at(item, 'description')))).toBe(article.description);
      expect(at(item, 'content:encoded')).toBe(absolutize(readBody(article.body)));
      expect(at(item, 'dc:creator')).toEqual(article.authors.map((author) => author.name));
      expect(at(item, 'category') ?? []).toEqual(article.tags.map((tag) => tag.name));
    });
  });

  it('give an Atom feed that parses, carrying every text exactly', () => {
    const entries = at(parseXml(atom(articles)), 'feed', 'entry');
    expect(entries).toHaveLength(articles.length);
    articles.forEach((article, index) => {
      const entry = at(entries, index);
      expect(at(entry, 'title')).toBe(article.title);
      expect(at(entry, 'summary')).toBe(article.description);
      expect(at(entry, 'content', '#text')).toBe(absolutize(readBody(article.body)));
      expect(at(entry, 'content', '@_type')).toBe('html');
      expect(list(at(entry, 'author')).map((author) => at(author, 'name'))).toEqual(
        article.authors.map((author) => author.name),
      );
    });
  });

  it('give a news sitemap that parses, with titles exactly and ISO 639 languages', () => {
    const urls = at(parseXml(newsSitemapXml(model.newsSitemap())), 'urlset', 'url');
    expect(urls).toHaveLength(articles.length);
    articles.forEach((article, index) => {
      const news = at(urls, index, 'news:news');
      expect(at(news, 'news:title')).toBe(article.title);
      expect(at(news, 'news:publication', 'news:language')).toBe(article.lang === 'ar' ? 'ar' : 'fr');
    });
  });

  it('give sitemap files that parse, tag pages in any script included', () => {
    const locations = [...model.sitemapParts().values()].flatMap((entries) => {
      const urls = list(at(parseXml(sitemapXml(entries)), 'urlset', 'url')).map((url) => at(url, 'loc'));
      expect(urls).toEqual(entries.map((entry) => new URL(entry.path, 'http://localhost:3000/').href));
      return urls;
    });
    expect(locations).toContain('http://localhost:3000/tags/%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9');
    expect(locations).toContain(`http://localhost:3000/articles/${articles[0]!.slug}`);
  });

  it('split a part into files of at most the given size, all named by the index and dated by their newest page', () => {
    const whole = new Map([['pages', [...model.sitemapParts().values()].flat()]]);
    const parts = splitParts(whole, 3);
    expect(parts.size).toBe(Math.ceil(whole.get('pages')!.length / 3));
    expect([...parts.values()].every((part) => part.length > 0 && part.length <= 3)).toBe(true);
    expect([...parts.values()].flat()).toEqual(whole.get('pages'));

    const indexEntries = sitemapIndexOf(parts);
    const index = list(at(parseXml(sitemapIndexXml(indexEntries)), 'sitemapindex', 'sitemap'));
    expect(index.map((sitemap) => at(sitemap, 'loc'))).toEqual(
      [...parts.keys()].map((part) => `http://localhost:3000/sitemaps/${part}.xml`),
    );
    expect([...parts.keys()][0]).toBe('pages-1');
    [...parts.values()].forEach((part, number) => {
      const dates = part.flatMap((entry) => (entry.lastModified ? [entry.lastModified] : []));
      const newest = dates.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
      expect(at(index, number, 'lastmod')).toBe(newest);
    });
  });
});
