import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { FileCache } from '@/lib/build/cache';
import { precompress } from '@/lib/build/compress';
import { publish } from '@/lib/build/publish';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
  const directory = path.join(root, `site-${readdirSync(root).length}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), text);
  }
  return directory;
}

describe('precompression', () => {
  it('writes a .br and a .gz of every text file, and reuses them when the file did not change', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'kiosque-compress-'));
    const cache = new FileCache(path.join(root, 'cache'));
    const page = '<p>' + 'Un article. '.repeat(200) + '</p>';
    const first = site({ 'index.html': page, 'rss.xml': '<rss/>', 'share.png': 'PNG' });
    expect(await precompress(first, cache)).toEqual({ files: 2, reused: 0 });
    expect(brotliDecompressSync(readFileSync(path.join(first, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(path.join(first, 'rss.xml.gz'))).toString()).toBe('<rss/>');
    expect(existsSync(path.join(first, 'share.png.br'))).toBe(false);

    const second = site({ 'index.html': page, 'rss.xml': '<rss>changed</rss>' });
    const secondCache = new FileCache(path.join(root, 'cache'));
    expect(await precompress(second, secondCache)).toEqual({ files: 2, reused: 1 });
    secondCache.prune();
    // What the old rss.xml needed is gone; what the second site uses stays.
    expect(readdirSync(path.join(root, 'cache'))).toHaveLength(4);
    expect(gunzipSync(readFileSync(path.join(second, 'rss.xml.gz'))).toString()).toBe('<rss>changed</rss>');
  });
});

describe('publishing', () => {
  it('replaces out/ by the finished site, and leaves no trace of the previous one', () => {
    root = mkdtempSync(path.join(tmpdir(), 'kiosque-publish-'));
    const out = path.join(root, 'out');
    publish(site({ 'index.html': 'v1' }), out);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('v1');
    publish(site({ 'index.html': 'v2', 'page/2.html': 'p2' }), out);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('v2');
    expect(readdirSync(root).filter((name) => name.startsWith('out'))).toEqual(['out']);
  });
});
