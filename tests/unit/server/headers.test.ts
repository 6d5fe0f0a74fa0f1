import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFor, routeResponse } from '@/lib/server/headers';
import { nginxConfig } from '@/lib/server/nginx';

describe('the response headers', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'public, max-age=300'],
    ['/articles/cisco-french-tech-2015', 'text/html; charset=utf-8', 'public, max-age=300'],
    ['/rss.xml', 'application/rss+xml; charset=utf-8', 'public, max-age=300'],
    ['/atom.xml', 'application/atom+xml; charset=utf-8', 'public, max-age=300'],
    ['/feed.json', 'application/feed+json; charset=utf-8', 'public, max-age=300'],
    ['/sitemap.xml', 'application/xml; charset=utf-8', 'public, max-age=300'],
    ['/_next/static/chunks/0abc.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/_next/static/media/x.woff2', 'font/woff2', 'public, max-age=31536000, immutable'],
    ['/articles/x/share.png', 'image/png', 'public, max-age=300'],
    ['/media/matignon-3f9a1c2b-800.avif', 'image/avif', 'public, max-age=31536000, immutable'],
    ['/media/matignon-3f9a1c2b-800.webp', 'image/webp', 'public, max-age=31536000, immutable'],
    ['/media/matignon-3f9a1c2b-800.jpg', 'image/jpeg', 'public, max-age=31536000, immutable'],
    ['/media/matignon-3f9a1c2b-800.JPEG', 'image/jpeg', 'public, max-age=31536000, immutable'],
    ['/media/matignon-3f9a1c2b-800.png', 'image/png', 'public, max-age=31536000, immutable'],
    ['/recherche.js', 'text/javascript; charset=utf-8', 'public, max-age=300'],
  ])('%s: %s, cached %s, with every security header', (pathname, type, cache) => {
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
