import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileCache } from '@/lib/file-cache';
import { writeSearchIndex } from '@/lib/build/search-index';
import type { SearchRecord } from '@/lib/build/search-record';
import { bundleAddresses, entriesOf } from '../../pagefind-bundle';
import { folderOutput } from '@/lib/build/site-output';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kiosque-search-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const record = (index: number, body = `Le texte numéro ${index}, où l’on parle du mot${index}.`): SearchRecord => ({
  url: `/articles/a${index}`,
  title: `Article ${index}`,
  lead: `Le chapeau ${index}.`,
  body,
  date: new Date(Date.UTC(2015, 0, index + 1)).toISOString(),
  lang: 'fr',
});

let builds = 0;
/** One build's search step: a fresh export folder, the cache and layout of the builds before it. */
async function build(records: SearchRecord[]) {
  const exportDir = path.join(root, `export-${builds++}`);
  const cache = new FileCache(path.join(root, 'cache'));
  const summary = await writeSearchIndex({
    entries: () => entriesOf(records),
    lang: 'fr',
    output: folderOutput(exportDir),
    cache,
    layoutFile: path.join(root, 'layout.json'),
    partSize: 3,
  });
  cache.prune();
  return { summary, dir: path.join(exportDir, 'pagefind') };
}

/** Every file of a bundle folder, with its bytes and its inode (a file linked from the cache keeps it). */
function files(dir: string): Map<string, { bytes: Buffer; inode: number; mtime: number }> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(path.join(dir, name)).isFile())
      .map((name) => {
        const stat = statSync(path.join(dir, name));
        return [name, { bytes: readFileSync(path.join(dir, name)), inode: stat.ino, mtime: stat.mtimeMs }];
      }),
  );
}

const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'parts.json'), 'utf8')) as { parts: string[] };

describe('the search index in parts', () => {
  it('puts each record in its part’s bundle, and lists the parts oldest first', async () => {
    const { summary, dir } = await build([0, 1, 2, 3, 4, 5, 6].map((index) => record(index)));
    expect(summary).toEqual({ articles: 7, parts: 2, indexed: 7 });
    const [frozen, current] = manifest(dir).parts;
    expect(current).toBe('current');
    expect(bundleAddresses(path.join(dir, frozen!))).toEqual(['/articles/a0', '/articles/a1', '/articles/a2']);
    expect(bundleAddresses(path.join(dir, 'current'))).toEqual([
      '/articles/a3',
      '/articles/a4',
      '/articles/a5',
      '/articles/a6',
    ]);
    // Pagefind's script, worker and WebAssembly are loaded from the current part only; its ready-made
    // interfaces from none.
    expect(
      readdirSync(path.join(dir, frozen!))
        .filter((name) => !name.startsWith('pagefind.fr_'))
        .sort(),
    ).toEqual(['fragment', 'index', 'pagefind-entry.json']);
    expect(
      readdirSync(path.join(dir, 'current'))
        .filter((name) => /\.(js|css|pagefind)$/.test(name))
        .sort(),
    ).toEqual(['pagefind-worker.js', 'pagefind.js', 'wasm.fr.pagefind', 'wasm.unknown.pagefind']);
  });

  it('indexes only the current part when an article is added; the others keep their files, bytes and dates', async () => {
    const records = [0, 1, 2, 3, 4, 5, 6].map((index) => record(index));
    const first = await build(records);
    const before = files(first.dir);
    const second = await build([...records, record(7)]);
    expect(second.summary).toEqual({ articles: 8, parts: 2, indexed: 5 });
    const after = files(second.dir);

    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (name) => !before.get(name)?.bytes.equals(after.get(name)?.bytes ?? Buffer.alloc(0)),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((name) => !name.startsWith('current/'))).toEqual([]);
    expect(changed).toContain('current/pagefind-entry.json');
    for (const [name, file] of after) {
      if (!before.get(name)?.bytes.equals(file.bytes)) continue;
      expect({ name, inode: file.inode, mtime: file.mtime }).toEqual({
        name,
        inode: before.get(name)!.inode,
        mtime: before.get(name)!.mtime,
      });
    }
    expect(bundleAddresses(path.join(second.dir, 'current'))).toContain('/articles/a7');
  });

  it('indexes again the frozen part of an article that changed, and no other', async () => {
    const records = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((index) => record(index));
    const first = await build(records);
    const [oldest, middle] = manifest(first.dir).parts;
    const before = files(path.join(first.dir, middle!));
    records[0] = record(0, 'Un texte corrigé.');
    const second = await build(records);
    expect(second.summary).toEqual({ articles: 9, parts: 3, indexed: 3 });
    expect(manifest(second.dir).parts).toEqual(manifest(first.dir).parts);
    expect(files(path.join(second.dir, oldest!)).get('pagefind-entry.json')?.bytes).not.toEqual(
      files(path.join(first.dir, oldest!)).get('pagefind-entry.json')?.bytes,
    );
    expect(files(path.join(second.dir, middle!))).toEqual(before);
  });

  it('plans the parts afresh when the last build’s layout cannot be read', async () => {
    const records = [0, 1, 2, 3, 4, 5, 6].map((index) => record(index));
    const first = await build(records);
    for (const stored of ['{"partSize":3,"frozen":[{"name":"x"}]}', '{"partSize":3,"fro']) {
      writeFileSync(path.join(root, 'layout.json'), stored);
      const again = await build(records);
      expect(again.summary).toEqual({ articles: 7, parts: 2, indexed: 0 });
      expect(manifest(again.dir)).toEqual(manifest(first.dir));
    }
  });

  it('lists no part when nothing is published', async () => {
    const { summary, dir } = await build([]);
    expect(summary).toEqual({ articles: 0, parts: 0, indexed: 0 });
    expect(manifest(dir)).toEqual({ parts: [] });
  });
});
