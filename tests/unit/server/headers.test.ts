import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFor, routeResponse } from '@/lib/server/headers';
import { nginxConfig } from '@/lib/server/nginx';
import { EXPECTED_HEADERS, type FileKind } from '../../expected-headers';

describe('the response headers', () => {
  it.each<[string, FileKind]>([
    ['/', 'page'],
    ['/articles/cisco-french-tech-2015', 'page'],
    ['/rss.xml', 'rss'],
    ['/atom.xml', 'atom'],
    ['/feed.json', 'jsonFeed'],
    ['/sitemap.xml', 'sitemap'],
    ['/robots.txt', 'text'],
    ['/_next/static/chunks/0abc.css', 'stylesheet'],
    ['/_next/static/media/x.woff2', 'font'],
    ['/articles/x/share.png', 'shareImage'],
    ['/media/matignon-3f9a1c2b-800.avif', 'avif'],
    ['/media/matignon-3f9a1c2b-800.webp', 'webp'],
    ['/media/matignon-3f9a1c2b-800.jpg', 'jpeg'],
    ['/media/matignon-3f9a1c2b-800.JPEG', 'jpeg'],
    ['/media/matignon-3f9a1c2b-800.png', 'png'],
    ['/recherche.js', 'script'],
  ])('%s: sent as a %s, with every security header', (pathname, kind) => {
    const { type, cache } = EXPECTED_HEADERS[kind];
    const headers = headersFor(pathname);
    expect(headers['Content-Type']).toBe(type);
    expect(headers['Cache-Control']).toBe(cache);
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it.each([
    ['/pagefind/fragment/fr_5eccc33.pf_fragment', 'application/octet-stream'],
    ['/pagefind/wasm.fr.pagefind', 'application/octet-stream'],
    ['/articles/x/share.png.br', 'application/octet-stream'],
  ])('%s, a file of no type of the list, is %s', (pathname, type) => {
    expect(headersFor(pathname)['Content-Type']).toBe(type);
  });

  it.each([
    ['/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/feed.json', 'application/feed+json; charset=utf-8'],
    ['/sitemaps/1.xml', 'application/xml; charset=utf-8'],
  ])('a route handler under next dev answers %s as the built site serves it: %s', async (pathname, type) => {
    const response = routeResponse(pathname, '<x/>');
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(await response.text()).toBe('<x/>');
  });

  it('forbid every script, plugins, framing and a foreign <base>', () => {
    for (const directive of [
      "script-src 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "default-src 'self'",
    ])
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
  });
});

describe('deploy/nginx.conf', () => {
  it('is what npm run deploy:nginx generates from the same header list (run it if this fails)', () => {
    const file = readFileSync(path.resolve(import.meta.dirname, '../../../deploy/nginx.conf'), 'utf8');
    expect(file).toBe(nginxConfig());
  });
});
