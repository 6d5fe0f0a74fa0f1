import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileCache } from '@/lib/file-cache';
import { precompress } from '@/lib/build/compress';
import { SiteOutput } from '@/lib/build/site-output';

let root: string;
let out: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kiosque-output-'));
  out = path.join(root, 'out');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A build: the files `written` by its steps into the staging folder, and `kept` from out/ as they are. */
function build(written: Record<string, string>, kept: string[] = []): SiteOutput {
  const output = new SiteOutput(path.join(root, 'staging'), out, path.join(root, 'cache'));
  for (const [name, text] of Object.entries(written)) {
    mkdirSync(path.dirname(output.stagedPath(name)), { recursive: true });
    writeFileSync(output.stagedPath(name), text);
  }
  for (const name of kept) output.keep(name);
  return output;
}

const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
const mtime = (name: string) => statSync(path.join(out, name)).mtimeMs;
const files = () =>
  readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(path.join(out, name)).isFile())
    .sort();

describe('publishing a build into out/', () => {
  it('writes the new and changed files, leaves the others as they were, and removes what the site no longer has', async () => {
    expect(build({ 'index.html': 'v1', 'a.html': 'A', 'old.html': 'O', 'rss.xml': 'R' }).publish()).toEqual({
      written: 4,
      unchanged: 0,
      removed: 0,
    });
    const before = { a: mtime('a.html'), rss: mtime('rss.xml') };
    await new Promise((resolve) => setTimeout(resolve, 20));
    // a.html is kept by the build (a page whose key did not change); rss.xml is written again, the same.
    expect(build({ 'index.html': 'v2', 'rss.xml': 'R', 'new.html': 'N' }, ['a.html']).publish()).toEqual({
      written: 2,
      unchanged: 2,
      removed: 1,
    });
    expect(files()).toEqual(['a.html', 'index.html', 'new.html', 'rss.xml']);
    expect([read('index.html'), read('a.html')]).toEqual(['v2', 'A']);
    expect({ a: mtime('a.html'), rss: mtime('rss.xml') }).toEqual(before);
    expect(existsSync(path.join(root, 'staging'))).toBe(false);
  });

  it('notes a publish of a few files among many as changes, and knows the site as published at the next build', async () => {
    const site = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`p${index}.html`, `P${index}`]));
    build({ 'index.html': 'v1', ...site }).publish();
    const manifest = path.join(root, 'cache', 'published.json');
    const noted = readFileSync(manifest, 'utf8');
    const before = mtime('p1.html');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const pages = Object.keys(site).filter((name) => name !== 'p0.html');
    expect(build({ 'index.html': 'v2', 'new.html': 'N' }, pages).publish()).toEqual({
      written: 2,
      unchanged: 39,
      removed: 1,
    });
    expect(readFileSync(manifest, 'utf8')).toBe(noted);
    expect(readFileSync(`${manifest}.journal`, 'utf8').trim().split('\n')).toHaveLength(4); // header, index, new, p0 gone
    expect(build({ 'index.html': 'v2', 'new.html': 'N' }, pages).publish()).toEqual({
      written: 0,
      unchanged: 41,
      removed: 0,
    });
    expect([read('index.html'), read('new.html'), existsSync(path.join(out, 'p0.html')), mtime('p1.html')]).toEqual([
      'v2',
      'N',
      false,
      before,
    ]);
  });

  it('writes again a file removed from out/ by hand, though the last publish noted it', () => {
    const cache = new FileCache(path.join(root, 'cache', 'files'));
    cache.put('share-key', Buffer.from('PNG'));
    const publishWithShareImage = () => {
      const output = build({ 'index.html': 'v1', 'a/index.html': 'A', 'a/notes.txt': 'N' });
      output.fromCache('a/share.png', cache, 'share-key');
      return output.publish();
    };
    publishWithShareImage();
    for (const name of ['a/index.html', 'a/share.png']) rmSync(path.join(out, name));
    expect(publishWithShareImage()).toEqual({ written: 2, unchanged: 2, removed: 0 });
    expect([read('a/index.html'), read('a/share.png'), read('a/notes.txt')]).toEqual(['A', 'PNG', 'N']);
  });

  it('places a cache’s files once the steps are done, so Next may empty the staging folder while they run', () => {
    const cache = new FileCache(path.join(root, 'cache', 'files'));
    cache.put('share-key', Buffer.from('PNG'));
    const output = new SiteOutput(path.join(root, 'staging'), out, path.join(root, 'cache'));
    output.fromCache('a/share.png', cache, 'share-key');
    // What `next build` does to its export folder, the staging folder, before it renders.
    rmSync(path.join(root, 'staging'), { recursive: true });
    mkdirSync(path.join(root, 'staging'));
    writeFileSync(output.stagedPath('index.html'), 'v1');
    expect(output.staged().sort()).toEqual(['a/share.png', 'index.html']);
    expect(output.publish()).toEqual({ written: 2, unchanged: 0, removed: 0 });
    expect([read('a/share.png'), read('index.html')]).toEqual(['PNG', 'v1']);
  });

  it('leaves out/ untouched until it publishes: a build that stops before changes nothing', () => {
    build({ 'index.html': 'v1' }).publish();
    build({ 'index.html': 'v2', 'b.html': 'B' });
    expect([files(), read('index.html')]).toEqual([['index.html'], 'v1']);
  });

  it('finishes a publish cut short: what it moved in and the new site has not is removed', () => {
    build({ 'index.html': 'v1' }).publish();
    // A publish killed halfway: its journal says what it was moving in, and one file made it.
    writeFileSync(
      path.join(root, 'cache', 'publishing.json'),
      JSON.stringify({ outDir: out, files: ['stray.html', 'index.html'] }),
    );
    writeFileSync(path.join(out, 'stray.html'), 'S');
    writeFileSync(path.join(out, 'index.html'), 'half');
    expect(SiteOutput.cutShort(path.join(root, 'cache'), out)).toBe(true);
    const output = build({ 'index.html': 'v1' });
    expect(output.recovering).toBe(true);
    expect(output.publish()).toMatchObject({ written: 1, removed: 1 });
    expect([files(), read('index.html')]).toEqual([['index.html'], 'v1']);
  });

  it('replaces a folder it did not publish as a whole: files it does not know are removed', () => {
    mkdirSync(path.join(out, 'leftover'), { recursive: true });
    writeFileSync(path.join(out, 'leftover', 'x.html'), 'X');
    build({ 'index.html': 'v1' }).publish();
    expect(files()).toEqual(['index.html']);
  });
});

describe('precompression', () => {
  it('gives every text file a .br and a .gz, compresses only what the cache lacks, and keeps a kept file’s', async () => {
    const page = '<p>' + 'Un article. '.repeat(200) + '</p>';
    const cache = new FileCache(path.join(root, 'compressed'));
    const first = build({ 'index.html': page, 'rss.xml': '<rss/>', 'share.png': 'PNG' });
    expect(await precompress(first, cache)).toEqual({ files: 2, reused: 0 });
    first.publish();
    expect(brotliDecompressSync(readFileSync(path.join(out, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(path.join(out, 'rss.xml.gz'))).toString()).toBe('<rss/>');
    expect(existsSync(path.join(out, 'share.png.br'))).toBe(false);
    const dated = mtime('index.html.br');

    // index.html is kept: its siblings are kept with it, unread; rss.xml changed.
    const second = build({ 'rss.xml': '<rss>changed</rss>', 'share.png': 'PNG' }, ['index.html']);
    const secondCache = new FileCache(path.join(root, 'compressed'));
    expect(await precompress(second, secondCache)).toEqual({ files: 2, reused: 1 });
    second.publish();
    secondCache.prune();
    // What the old rss.xml needed is gone from the cache; what the second site uses stays.
    expect(readdirSync(path.join(root, 'compressed'))).toHaveLength(4);
    expect(gunzipSync(readFileSync(path.join(out, 'rss.xml.gz'))).toString()).toBe('<rss>changed</rss>');
    expect(mtime('index.html.br')).toBe(dated);
  });
});
