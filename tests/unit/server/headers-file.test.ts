import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, ruleFor } from '@/lib/server/headers';
import { HEADERS_FILE, headersFile, MAX_LINE, MAX_RULES } from '@/lib/server/headers-file';

/** The files of a built site as out/ holds them, compressed siblings included. */
const SITE_FILES = [
  '404.html',
  '404.html.br',
  '_next/static/chunks/0abc.css',
  '_next/static/chunks/0abc.css.br',
  '_next/static/media/source-serif-4.woff2',
  'articles/cisco-french-tech-2015.html',
  'articles/cisco-french-tech-2015.html.br',
  'articles/cisco-french-tech-2015.html.gz',
  'articles/cisco-french-tech-2015/share.png',
  'atom.xml',
  'auteurs/anne-martin.html',
  'feed.json',
  'icon.svg',
  'index.html',
  'index.html.br',
  'media/matignon-3f9a1c2b-800.avif',
  'media/matignon-3f9a1c2b-800.webp',
  'media/matignon-3f9a1c2b-1600.jpg',
  'mentions-legales.html',
  'news-sitemap.xml',
  'page/2.html',
  'pagefind/fragment/fr_5eccc33.pf_fragment',
  'pagefind/pagefind.js',
  'pagefind/wasm.fr.pagefind',
  'recherche.html',
  'recherche.js',
  'robots.txt',
  'rss.xml',
  'rss.xml.gz',
  'rubriques/economie.html',
  'share.png',
  'sitemap.xml',
  'sitemaps/1.xml',
  'sitemaps/2.xml',
  'tags/cisco.html',
  'tags/москва.html',
];

/** Every address a reader, a crawler or a feed reader asks for. */
const ADDRESSES = [
  '/',
  '/index.html',
  '/page/2',
  '/articles/cisco-french-tech-2015',
  '/articles/cisco-french-tech-2015.html',
  '/articles/cisco-french-tech-2015/share.png',
  '/tags/cisco',
  '/tags/москва',
  '/auteurs/anne-martin',
  '/rubriques/economie',
  '/mentions-legales',
  '/404',
  '/recherche',
  '/recherche.js',
  '/pagefind/pagefind.js',
  '/pagefind/fragment/fr_5eccc33.pf_fragment',
  '/pagefind/wasm.fr.pagefind',
  '/_next/static/chunks/0abc.css',
  '/_next/static/media/source-serif-4.woff2',
  '/media/matignon-3f9a1c2b-800.avif',
  '/media/matignon-3f9a1c2b-1600.jpg',
  '/rss.xml',
  '/atom.xml',
  '/feed.json',
  '/sitemap.xml',
  '/sitemaps/1.xml',
  '/sitemaps/2.xml',
  '/news-sitemap.xml',
  '/robots.txt',
  '/share.png',
  '/icon.svg',
];

/**
 * What a host must send on top of its own answer: the header list, but the type, which every host
 * derives from the extension itself, unless headers.ts sets it (feeds, XML).
 */
function expectedFromHost(address: string): Record<string, string> {
  const { 'Content-Type': type, ...rest } = headersFor(address);
  return ruleFor(address).contentType ? { ...rest, 'Content-Type': type! } : rest;
}

/** Cloudflare Pages' reading of a pattern: `*` anything, `:name` one segment, the rest as written. */
function cloudflarePattern(pattern: string): RegExp {
  const parts = pattern
    .split(/(\*|:[a-z]+)/)
    .map((part) =>
      part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  return new RegExp(`^${parts.join('')}$`);
}

/** Every matching rule applies; a header two rules set gets both values joined by a comma (Cloudflare's way). */
function merged(rules: { matches: (address: string) => boolean; values: Record<string, string> }[], address: string) {
  const headers: Record<string, string> = {};
  for (const { values } of rules.filter(({ matches }) => matches(address)))
    for (const [name, value] of Object.entries(values))
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  return headers;
}

let directory: string;
let text: string;
let parsed: Header[];

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'kiosque-headers-'));
  text = headersFile(SITE_FILES);
  writeFileSync(path.join(directory, HEADERS_FILE), text);
  // Parsed back by Netlify's own parser, not by ours.
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [path.join(directory, HEADERS_FILE)],
    configHeaders: [],
    minimal: false,
  });
  expect(errors).toEqual([]);
  parsed = headers as Header[];
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('_headers', () => {
  it('is read back by Netlify’s parser, one rule per pattern', () => {
    expect(parsed.length).toBeGreaterThan(5);
    expect(new Set(parsed.map((rule) => rule.for)).size).toBe(parsed.length);
    expect(readFileSync(path.join(directory, HEADERS_FILE), 'utf8')).toBe(text);
  });

  it.each(ADDRESSES)('gives %s, as Netlify matches patterns, the headers of the header list', (address) => {
    const rules = parsed.map(({ forRegExp, values }) => ({ matches: (path: string) => forRegExp.test(path), values }));
    expect(merged(rules, address)).toEqual(expectedFromHost(address));
  });

  it.each(ADDRESSES)('gives %s, as Cloudflare Pages matches patterns, the headers of the header list', (address) => {
    const rules = parsed.map(({ for: pattern, values }) => ({
      matches: (path: string) => cloudflarePattern(pattern).test(path),
      values,
    }));
    expect(merged(rules, address)).toEqual(expectedFromHost(address));
  });

  it('sets the security headers every address shares once, for every address, a 404 included', () => {
    expect(parsed[0]!.for).toBe('/*');
    expect(parsed[0]!.values).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
    expect(parsed[0]!.values['Cache-Control']).toBeUndefined();
  });

  it('gives an unknown address next to a rule’s folder none of that rule’s headers', () => {
    const rules = parsed.map(({ for: pattern, values }) => ({
      matches: (path: string) => cloudflarePattern(pattern).test(path),
      values,
    }));
    // Same depth as the stylesheets of /_next/static/, outside it: not a hashed file, never cached a year.
    expect(merged(rules, '/_next/nope/chunks/x.css')['Cache-Control']).toBeUndefined();
  });

  it('stays within the limits of Cloudflare Pages', () => {
    expect(parsed.length).toBeLessThanOrEqual(MAX_RULES);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(MAX_LINE);
  });

  it('does not grow with the number of articles, their share images, tags, archive pages and photos', () => {
    const site = (articles: number) => [
      ...SITE_FILES,
      ...Array.from({ length: articles }, (_, index) => [
        `articles/article-${index}.html`,
        `articles/article-${index}.html.br`,
        `articles/article-${index}.html.gz`,
        `articles/article-${index}/share.png`,
        `tags/tag-${index}.html`,
        `tags/tag-${index}/page/1.html`,
        `page/${index}.html`,
        `media/photo-${index}-800.avif`,
        `sitemaps/${2000 + Math.floor(index / 12)}-${String(1 + (index % 12)).padStart(2, '0')}.xml`,
      ]).flat(),
    ];
    expect(headersFile(site(1000))).toBe(headersFile(site(1)));
  });

  it('says so, rather than writing a file a host would cut short, past its limits', () => {
    const pages = Array.from({ length: 120 }, (_, index) => `page-${index}.html`);
    expect(() => headersFile(pages)).toThrow(/more than the 100 a host reads/);
  });
});
