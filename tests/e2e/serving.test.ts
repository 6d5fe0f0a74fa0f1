import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '@/lib/server/headers';
import { EXPECTED_HEADERS, type FileKind } from '../expected-headers';
import { exchange, type Answer } from './exchange';
import { startNginx } from './nginx';
import { freePort, projectRoot, waitUntilServed, type ServerProcess } from './processes';

/**
 * The built site as `npm start` serves it and as nginx serves it with deploy/nginx.conf: the same
 * headers, encodings, types and errors, checked over real HTTP on loopback.
 */
const outDir = inject('outDir');
const startURL = inject('baseURL');

const file = (name: string) => readFileSync(path.join(outDir, name));
const cssFile =
  readFileSync(path.join(outDir, 'index.html'), 'utf8').match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1] ?? '';

/** A photo's derived files, as the updated article names them: their names change with their bytes. */
const photoFiles = Object.fromEntries(
  ['avif', 'webp', 'jpg', 'png'].map((extension) => [
    extension,
    readFileSync(path.join(outDir, 'articles/updated-article.html'), 'utf8').match(
      new RegExp(`/media/[\\w.-]+\\.${extension}`),
    )?.[0] ?? '',
  ]),
);

const servers: { name: string; url: () => string }[] = [];
let nginx: ServerProcess | undefined;
let nginxURL = '';

beforeAll(async () => {
  const port = await freePort();
  nginxURL = `http://127.0.0.1:${port}`;
  nginx = startNginx(outDir, port);
  await waitUntilServed(nginx, nginxURL, { timeoutMs: 15_000 });
});
afterAll(async () => {
  await nginx?.stop();
});
servers.push({ name: 'npm start', url: () => startURL }, { name: 'nginx with deploy/nginx.conf', url: () => nginxURL });

function expectSecurityHeaders(answer: Answer, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(answer.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

describe.each(servers)('$name', ({ url }) => {
  const get = (target: string, options?: Parameters<typeof exchange>[2]) => exchange(url(), target, options);

  it.each([
    ['br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['br;q=0, gzip', 'gzip', gunzipSync],
  ] as const)('answers Accept-Encoding: %s with the precompressed %s file', async (accept, encoding, decompress) => {
    const answer = await get('/articles/cisco-french-tech-2015', { headers: { 'accept-encoding': accept } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(decompress(answer.body).equals(file('articles/cisco-french-tech-2015.html'))).toBe(true);
  });

  it('answers without an encoding the plain file', async () => {
    const answer = await get('/articles/cisco-french-tech-2015');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.equals(file('articles/cisco-french-tech-2015.html'))).toBe(true);
  });

  it.each<[string, FileKind]>([
    ['/', 'page'],
    ['/articles/cisco-french-tech-2015', 'page'],
    ['/rss.xml', 'rss'],
    ['/atom.xml', 'atom'],
    ['/feed.json', 'jsonFeed'],
    ['/sitemap.xml', 'sitemap'],
    ['/sitemaps/pages.xml', 'sitemap'],
    ['/news-sitemap.xml', 'sitemap'],
    ['/robots.txt', 'text'],
    ['/articles/cisco-french-tech-2015/share.png', 'shareImage'],
    [cssFile, 'stylesheet'],
    [photoFiles.avif!, 'avif'],
    [photoFiles.webp!, 'webp'],
    [photoFiles.jpg!, 'jpeg'],
    [photoFiles.png!, 'png'],
    // A tag in another script has its page: the address is percent-encoded, the file named in Unicode.
    [`/tags/${encodeURIComponent('москва')}`, 'page'],
    [`/auteurs/${encodeURIComponent('мария-иванова')}`, 'page'],
  ])('serves %s as a %s, with the security headers', async (target, kind) => {
    const { type, cache } = EXPECTED_HEADERS[kind];
    expect(target).not.toBe('');
    const answer = await get(target);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']?.replace(/;\s*/, '; ').toLowerCase()).toBe(type);
    expect(answer.headers['cache-control']).toBe(cache);
    expectSecurityHeaders(answer, target);
  });

  it.each(['br', 'gzip', 'identity'])(
    'answers conditional GET for the %s file: 304 to its ETag and to its date, 200 to an older date',
    async (coding) => {
      const target = '/articles/cisco-french-tech-2015';
      const headers = { 'accept-encoding': coding };
      const first = await get(target, { headers });
      const { etag, 'last-modified': modified } = first.headers;
      expect(etag).toBeTruthy();
      expect(new Date(modified ?? '').getTime()).not.toBeNaN();
      const conditions: Record<string, string>[] = [
        { 'if-none-match': etag! },
        { 'if-modified-since': modified! },
        { 'if-modified-since': new Date(Date.parse(modified!) + 3_600_000).toUTCString() },
      ];
      for (const condition of conditions) {
        const again = await get(target, { headers: { ...headers, ...condition } });
        expect(again.status, JSON.stringify(condition)).toBe(304);
        expect(again.body.length).toBe(0);
        expect(again.headers.etag).toBe(etag);
        expect(again.headers['cache-control']).toBe(EXPECTED_HEADERS.page.cache);
      }
      const older = new Date(Date.parse(modified!) - 1000).toUTCString();
      expect((await get(target, { headers: { ...headers, 'if-modified-since': older } })).status).toBe(200);
      // If-None-Match, when sent, decides alone (RFC 9110): a stale ETag is answered in full.
      const stale = await get(target, {
        headers: { ...headers, 'if-none-match': '"0-0"', 'if-modified-since': modified! },
      });
      expect(stale.status).toBe(200);
    },
  );

  it('answers 304 to a request that has the current ETag, and HEAD without a body', async () => {
    const first = await get('/rss.xml', { headers: { 'accept-encoding': 'gzip' } });
    expect(first.headers.etag).toBeTruthy();
    const again = await get('/rss.xml', {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag! },
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get('/rss.xml', { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(first.headers['content-length']);
    expect(head.body.length).toBe(0);
  });

  it.each([
    '/nope',
    '/articles/nope',
    '/tags/nope',
    '/articles/cisco-french-tech-2015.md',
    '/articles/CISCO-FRENCH-TECH-2015',
    '/_headers',
  ])('%s is the site’s 404 page, with status 404', async (target) => {
    const answer = await get(target, { headers: { 'accept-encoding': 'br' } });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    const html = answer.headers['content-encoding'] === 'br' ? brotliDecompressSync(answer.body) : answer.body;
    expect(html.toString('utf8')).toContain('Cette page n’existe pas');
    expectSecurityHeaders(answer, target);
  });

  it.each(['PUT', 'DELETE', 'PATCH', 'POST'])(
    'refuses %s with 405 and says which methods it allows',
    async (method) => {
      const answer = await get('/articles/cisco-french-tech-2015', { method });
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
      expectSecurityHeaders(answer, method);
    },
  );

  it.each(['/articles/%ZZ', '/articles/%E0%A4%A', '/articles/cisco-french-tech-2015%00'])(
    'answers 400, not 500, to %s, an address that names no file',
    async (target) => {
      const answer = await get(target);
      expect(answer.status).toBe(400);
      expectSecurityHeaders(answer, target);
    },
  );

  it.each([
    '/..%2f..%2fpackage.json',
    '/articles/..%2f..%2f..%2fpackage.json',
    '/%2e%2e/package.json',
    '/../package.json',
  ])('%s, an attempt to leave out/, is refused', async (target) => {
    const answer = await get(target);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body.toString('utf8')).not.toContain('"name": "kiosque"');
  });

  it.each(['bytes=abc', 'bytes=5-2', 'bytes=-', 'pages=1-2'])('answers Range: %s without failing', async (range) => {
    const answer = await get('/', { headers: { range } });
    // Ignored (200) or refused as unsatisfiable (416): never a server error.
    expect([200, 416]).toContain(answer.status);
  });

  it('sends /tags/cisco/ to /tags/cisco, the one address of the page', async () => {
    const answer = await get('/tags/cisco/');
    expect(answer.status).toBe(301);
    expect(new URL(answer.headers.location ?? '', url()).pathname).toBe('/tags/cisco');
  });

  it('shows no path and no stack in any error', async () => {
    for (const [target, method] of [
      ['/articles/%ZZ', 'GET'],
      ['/nope', 'GET'],
      ['/', 'PUT'],
    ] as const) {
      const body = (await get(target, { method })).body.toString('utf8');
      expect(body).not.toContain(projectRoot);
      expect(body).not.toMatch(/\n\s+at /);
    }
  });
});

describe('npm start and nginx', () => {
  it.each(['/', '/articles/cisco-french-tech-2015', '/rss.xml', '/feed.json', '/sitemap.xml', '/nope', cssFile])(
    'send the same headers for %s',
    async (target) => {
      const pick = ({ headers }: Answer) =>
        Object.fromEntries(
          [
            ...Object.keys(SECURITY_HEADERS).map((name) => name.toLowerCase()),
            'cache-control',
            'content-type',
            'content-encoding',
            'vary',
          ].map((name) => [name, headers[name]?.replace(/;\s*/, '; ').toLowerCase()]),
        );
      const options = { headers: { 'accept-encoding': 'br, gzip' } };
      expect(pick(await exchange(nginxURL, target, options))).toEqual(pick(await exchange(startURL, target, options)));
    },
  );
});
