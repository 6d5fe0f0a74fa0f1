import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveSite } from '@/lib/server/static-site';
import { exchange } from '../../e2e/exchange';
import { EXPECTED_HEADERS } from '../../expected-headers';

/**
 * `npm start` over real HTTP on a small site of its own, changed under the running server as a build
 * changes out/: a whole new folder renamed into place, single files replaced by rename, files removed.
 */
let parent: string;
let root: string;
let server: Server;
let base: string;

const PAGE = '<!doctype html><p>Première version.</p>';
const NOT_FOUND = '<!doctype html><p>Cette page n’existe pas.</p>';

/** Writes `files` into a new folder beside out/, then renames it into place, as a build publishes. */
function publishSite(files: Record<string, string | Buffer>): void {
  const incoming = path.join(parent, 'incoming');
  mkdirSync(incoming);
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(incoming, name)), { recursive: true });
    writeFileSync(path.join(incoming, name), bytes);
  }
  rmSync(root, { recursive: true, force: true });
  renameSync(incoming, root);
}

/** Replaces one file of out/ by writing a new one beside it and renaming it over the old. */
function replaceFile(name: string, bytes: string | Buffer): void {
  const temporary = path.join(root, `${name}.tmp`);
  writeFileSync(temporary, bytes);
  renameSync(temporary, path.join(root, name));
}

function textFiles(name: string, text: string): Record<string, string | Buffer> {
  return { [name]: text, [`${name}.br`]: brotliCompressSync(text), [`${name}.gz`]: gzipSync(text) };
}

const get = (target: string, headers: Record<string, string> = {}, method = 'GET') =>
  exchange(base, target, { method, headers });

beforeAll(async () => {
  parent = mkdtempSync(path.join(tmpdir(), 'kiosque-serve-'));
  root = path.join(parent, 'out');
  publishSite({});
  server = await serveSite({ root, port: 0, host: '127.0.0.1' });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(parent, { recursive: true, force: true });
});
beforeEach(() =>
  publishSite({ ...textFiles('articles/un.html', PAGE), ...textFiles('404.html', NOT_FOUND), 'share.png': 'PNG' }),
);

describe('npm start, while a build changes out/', () => {
  it('serves a page replaced by rename with its new bytes and the headers of those bytes, at once', async () => {
    const before = await get('/articles/un');
    expect(before.body.toString()).toBe(PAGE);
    // Asked for again: kept, and found unchanged on disk.
    expect((await get('/articles/un')).headers.etag).toBe(before.headers.etag);
    const changed = '<!doctype html><p>Deuxième version, plus longue.</p>';
    replaceFile('articles/un.html', changed);
    const after = await get('/articles/un');
    expect(after.body.toString()).toBe(changed);
    expect(after.headers['content-length']).toBe(String(Buffer.byteLength(changed)));
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((await get('/articles/un', { 'if-none-match': before.headers.etag! })).status).toBe(200);
  });

  it('serves a new compressed file with its own coding, length and ETag', async () => {
    const before = await get('/articles/un', { 'accept-encoding': 'br' });
    const changed = '<!doctype html><p>Deuxième version.</p>';
    replaceFile('articles/un.html.br', brotliCompressSync(changed));
    const after = await get('/articles/un', { 'accept-encoding': 'br' });
    expect(after.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(after.body).toString()).toBe(changed);
    expect(after.headers['content-length']).toBe(String(after.body.length));
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('serves the whole new site once a new out/ is renamed into place', async () => {
    await get('/articles/un');
    publishSite({ 'articles/deux.html': '<p>deux</p>', '404.html': NOT_FOUND });
    expect((await get('/articles/deux')).body.toString()).toBe('<p>deux</p>');
    expect((await get('/articles/un')).status).toBe(404);
  });

  it('answers a removed file with the 404 page, and keeps serving', async () => {
    await get('/articles/un', { 'accept-encoding': 'gzip' });
    for (const suffix of ['', '.br', '.gz']) rmSync(path.join(root, `articles/un.html${suffix}`));
    const answer = await get('/articles/un', { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(404);
    expect(answer.headers.etag).toBeUndefined();
    expect((await get('/share.png')).status).toBe(200);
  });

  it('falls back to the next accepted coding when a compressed file is missing', async () => {
    rmSync(path.join(root, 'articles/un.html.br'));
    const answer = await get('/articles/un', { 'accept-encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers.vary).toBe('Accept-Encoding');
  });

  it('serves a file too large to keep in memory whole, and HEAD without its body', async () => {
    const large = Buffer.alloc(3 * 1024 * 1024, 'x');
    replaceFile('share.png', large);
    const answer = await get('/share.png');
    expect(answer.body.equals(large)).toBe(true);
    expect(answer.headers['content-type']).toBe('image/png');
    expect(answer.headers.vary).toBeUndefined();
    const head = await get('/share.png', {}, 'HEAD');
    expect(head.headers['content-length']).toBe(String(large.length));
    expect(head.body.length).toBe(0);
    expect((await get('/share.png', { 'if-none-match': answer.headers.etag! })).status).toBe(304);
  });

  it('never serves a file outside out/, whatever the path spells: the 404 page', async () => {
    writeFileSync(path.join(parent, 'secret.txt'), 'secret');
    for (const target of ['/..%2fsecret.txt', '/articles/%2e%2e%2f..%2fsecret.txt', '/articles/..%2F..%2Fsecret']) {
      const answer = await get(target);
      expect(answer.status, target).toBe(404);
      expect(answer.body.toString()).toBe(NOT_FOUND);
    }
  });

  it('never serves the host’s _headers file', async () => {
    replaceFile('_headers', '/*\n  X-Frame-Options: DENY\n');
    const answer = await get('/_headers');
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toBe(NOT_FOUND);
  });
});

describe('npm start, conditional GET', () => {
  it('answers 304 to the ETag and to the date it sent, for each coding, with no body', async () => {
    for (const coding of ['br', 'gzip', 'identity']) {
      const first = await get('/articles/un', { 'accept-encoding': coding });
      expect(first.headers['last-modified']).toBeTruthy();
      const conditions: Record<string, string>[] = [
        { 'if-none-match': first.headers.etag! },
        { 'if-modified-since': first.headers['last-modified']! },
      ];
      for (const condition of conditions) {
        const again = await get('/articles/un', { 'accept-encoding': coding, ...condition });
        expect(again.status, `${coding} ${JSON.stringify(condition)}`).toBe(304);
        expect(again.body.length).toBe(0);
        expect(again.headers.etag).toBe(first.headers.etag);
        expect(again.headers['cache-control']).toBe(EXPECTED_HEADERS.page.cache);
      }
    }
  });

  it('gives each coding its own ETag', async () => {
    const tags = await Promise.all(
      ['br', 'gzip', 'identity'].map(
        async (coding) => (await get('/articles/un', { 'accept-encoding': coding })).headers.etag,
      ),
    );
    expect(new Set(tags).size).toBe(3);
  });

  it('keeps the ETag of a file rewritten with the same bytes, and its date when the build keeps it', async () => {
    const file = path.join(root, 'articles/un.html');
    const first = await get('/articles/un');
    const { mtime } = statSync(file);
    replaceFile('articles/un.html', PAGE);
    expect((await get('/articles/un', { 'if-none-match': first.headers.etag! })).status).toBe(304);
    utimesSync(file, mtime, mtime);
    const again = await get('/articles/un', { 'if-modified-since': first.headers['last-modified']! });
    expect(again.status).toBe(304);
    expect(again.headers['last-modified']).toBe(first.headers['last-modified']);
  });

  it('answers If-Modified-Since by the date: 304 when not modified since, 200 when modified after', async () => {
    const modified = new Date('2015-02-16T17:00:00Z');
    utimesSync(path.join(root, 'articles/un.html'), modified, modified);
    const at = (date: string) => get('/articles/un', { 'if-modified-since': date });
    expect((await at('Mon, 16 Feb 2015 17:00:00 GMT')).status).toBe(304);
    expect((await at('Tue, 17 Feb 2015 09:00:00 GMT')).status).toBe(304);
    expect((await at('Mon, 16 Feb 2015 16:59:59 GMT')).status).toBe(200);
    expect((await at('not a date')).status).toBe(200);
  });

  it('lets If-None-Match decide alone when both are sent (RFC 9110)', async () => {
    const first = await get('/articles/un');
    const both = (etag: string) =>
      get('/articles/un', { 'if-none-match': etag, 'if-modified-since': first.headers['last-modified']! });
    expect((await both('"another"')).status).toBe(200);
    expect((await both(first.headers.etag!)).status).toBe(304);
  });

  it('never answers 304 for the 404 page', async () => {
    const missing = await get('/nope');
    expect(missing.status).toBe(404);
    expect((await get('/nope', { 'if-modified-since': 'Fri, 01 Jan 2100 00:00:00 GMT' })).status).toBe(404);
  });
});
