import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { headersFile } from '@/lib/server/headers-file';
import { parseHtml } from './http';
import { publishedSlugs, sourceArticles } from './sources';

/** What `npm run build` wrote: the whole site as plain files, ready for any static host. */
const outDir = inject('outDir');
const buildOutput = inject('buildOutput');
const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
  .map((name) => name.split(path.sep).join('/'))
  .filter((name) => !readdirSafe(path.join(outDir, name)));
const read = (name: string) => readFileSync(path.join(outDir, name));

function readdirSafe(file: string): boolean {
  try {
    readdirSync(file);
    return true;
  } catch {
    return false;
  }
}

const pageTypes = {
  'the front page': 'index.html',
  'a listing page': 'page/1.html',
  'an article': 'articles/cisco-french-tech-2015.html',
  'an English article': 'articles/english-article.html',
  'a tag page': 'tags/cisco.html',
  'the 404 page': '404.html',
};

describe('out/', () => {
  it('holds every page, feed, sitemap and share image of the site', () => {
    const expected = [
      'index.html',
      '404.html',
      'page/1.html',
      'rss.xml',
      'atom.xml',
      'feed.json',
      'sitemap.xml',
      'sitemaps/pages.xml',
      'news-sitemap.xml',
      'robots.txt',
      'share.png',
      'pagefind/parts.json',
      'tags/cisco.html',
      ...publishedSlugs().map((slug) => `articles/${slug}.html`),
      // An article is shared with its photo's crop; one without a photo, with a drawn card.
      ...publishedSlugs()
        .filter((slug) => !sourceArticles.some((article) => article.slug === slug && article.image))
        .map((slug) => `articles/${slug}/share.png`),
    ];
    expect(expected.filter((name) => !files.includes(name))).toEqual([]);
    expect(files).not.toContain('articles/updated-article/share.png');
  });

  it('holds _headers for a static host or CDN, made from the header list for the files it holds', () => {
    expect(read('_headers').toString('utf8')).toBe(headersFile(files));
  });

  it('holds the stylesheet and the fonts it uses', () => {
    expect(files.filter((name) => /^_next\/static\/.+\.css$/.test(name)).length).toBeGreaterThan(0);
    expect(files.filter((name) => /^_next\/static\/media\/.+\.woff2$/.test(name)).length).toBeGreaterThan(0);
  });

  it('holds no JavaScript but the search page’s and Pagefind’s, and none of the RSC payload files', () => {
    expect(files.filter((name) => /\.js$/.test(name)).sort()).toEqual([
      'pagefind/current/pagefind-worker.js',
      'pagefind/current/pagefind.js',
      'recherche.js',
    ]);
    expect(files.filter((name) => /\.txt$/.test(name))).toEqual(['robots.txt']);
    expect(
      files.filter((name) => name.includes('__next') || name.includes('_not-found') || name.includes('__kiosque')),
    ).toEqual([]);
  });

  it.each(Object.entries(pageTypes))('%s runs no script: JSON-LD only, no script preload', (_, name) => {
    const html = read(name).toString('utf8');
    const document = parseHtml(html);
    const scripts = [...document.querySelectorAll('script')].map((script) => script.getAttribute('type'));
    expect(scripts.every((type) => type === 'application/ld+json')).toBe(true);
    expect(document.querySelectorAll('link[rel~="modulepreload"], link[rel~="preload"][as="script"]')).toHaveLength(0);
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"']+\.js/);
    expect(html).not.toContain('__next_f');
  });

  it('gives every text file .br and .gz siblings holding exactly its bytes', () => {
    const text = files.filter((name) => /\.(html|xml|json|css|svg|txt)$/.test(name));
    expect(text.length).toBeGreaterThan(20);
    const wrong = text.filter((name) => {
      const original = read(name);
      try {
        return (
          !brotliDecompressSync(read(`${name}.br`)).equals(original) || !gunzipSync(read(`${name}.gz`)).equals(original)
        );
      } catch {
        return true;
      }
    });
    expect(wrong).toEqual([]);
  });

  it('was built with a clean log: each step, and no warning from Next', () => {
    for (const step of ['content:', 'photos:', 'pages:', 'search:', 'share images:', 'compression:', '✓ published'])
      expect(buildOutput).toContain(step);
    expect(buildOutput).not.toMatch(/warn(ing)?\b.*(next|turbopack|tracing)/i);
    expect(buildOutput).not.toMatch(/^\s+at /m);
  });
});
