import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import type { BodyStore } from '@/lib/content/bodies';
import { searchRecordOf, searchSourceOf, type SearchRecord } from '@/lib/build/search-record';
import { searchEntries, writeSearchSources } from '@/lib/build/search-sources';
import { testArticle } from '../content/temp-content';

let cacheDir: string;
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

/** A body store in which each body is a paragraph naming its key. */
const bodies: BodyStore = {
  put: () => {
    throw new Error('read only');
  },
  get: (key) => `<p>Le corps ${key}</p>`,
  has: () => true,
};
/** The search step's entries, as [address, digest, record]. */
const read = (): [string, string, SearchRecord][] =>
  searchEntries(cacheDir, bodies)().map(({ id, digest, record }) => [id, digest, record()]);
const recordOf = (article: Article) => searchRecordOf(searchSourceOf(article), `<p>Le corps ${article.body}</p>`);
const sourcesDir = () => path.join(cacheDir, 'search-sources');
/** Each stored source's file and modification time. */
const stored = () =>
  new Map(readdirSync(sourcesDir()).map((name) => [name, statSync(path.join(sourcesDir(), name)).mtimeMs]));
/** Every stored source is dated in the past: one written again would show a new date. */
const age = () => {
  for (const name of readdirSync(sourcesDir())) utimesSync(path.join(sourcesDir(), name), 1_000_000, 1_000_000);
};
const archive = [
  testArticle('premier', 1, [], { title: 'Le premier : ouvert', description: 'Un chapeau ; deux' }),
  testArticle('second', 2),
  testArticle('troisieme', 3),
];

describe('the search sources the content step hands the search step', () => {
  it('lists the articles oldest first by address, and makes each record from its source and body', () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'kiosque-search-sources-'));
    writeSearchSources(cacheDir, archive, 'code-1');
    const entries = read();
    expect(entries.map(([id]) => id)).toEqual(['/articles/premier', '/articles/second', '/articles/troisieme']);
    expect(entries.map(([, , record]) => record)).toEqual(archive.map(recordOf));
    expect(entries[0]![2]).toMatchObject({ title: 'Le premier\u00a0: ouvert', body: 'Le corps body-of-premier' });
    expect(new Set(entries.map(([, digest]) => digest)).size).toBe(3);
  });

  it('writes only the sources of new and changed articles, and forgets those no longer published', () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'kiosque-search-sources-'));
    writeSearchSources(cacheDir, archive, 'code-1');
    const [first, second] = read();
    age();

    // The second article is retitled, the third unpublished, a fourth published.
    const retitled = testArticle('second', 2, [], { title: 'Second, retitré' });
    const added = testArticle('quatrieme', 4);
    writeSearchSources(cacheDir, [archive[0]!, retitled, added], 'code-1');
    const entries = read();
    expect(entries).toEqual([
      first,
      [second![0], expect.not.stringMatching(second![1]), recordOf(retitled)],
      ['/articles/quatrieme', expect.any(String), recordOf(added)],
    ]);
    // One file a source, of the published articles only; the unchanged one not written again.
    const files = stored();
    expect([...files.keys()].sort()).toEqual(entries.map(([, digest]) => digest).sort());
    expect(files.get(first![1])).toBe(1_000_000_000);
    expect(files.get(entries[1]![1])).not.toBe(1_000_000_000);
  });

  it('makes a source again when its file is gone, and every source again for new code, under the same digests', () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'kiosque-search-sources-'));
    writeSearchSources(cacheDir, archive, 'code-1');
    const entries = read();
    rmSync(path.join(sourcesDir(), entries[1]![1]));

    writeSearchSources(cacheDir, archive, 'code-1');
    expect(read()).toEqual(entries);

    age();
    writeSearchSources(cacheDir, archive, 'code-2');
    expect(read()).toEqual(entries);
    // The same sources: their files are kept as they were.
    expect(new Set(stored().values())).toEqual(new Set([1_000_000_000]));
  });
});
