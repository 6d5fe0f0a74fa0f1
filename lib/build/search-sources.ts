import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../content/article';
import type { BodyStore } from '../content/bodies';
import { writeJsonFile } from '../content/json-file';
import { articlePath } from '../paths';
import { FileCache } from '../file-cache';
import { Memo } from './memo';
import type { SearchEntry } from './search-index';
import { searchRecordOf, searchSourceOf, type SearchSource } from './search-record';

/**
 * How the search sources (search-record.ts) travel from the content step (its own process) to the
 * search step, in the build's cache folder: each source is a file named by the digest of its JSON,
 * written when no build has written it yet, and the list of the published articles, oldest first,
 * names each by its address and that digest. A publish makes the source of the articles it has not
 * seen (a source is kept by the article's revision) and the search step reads the sources of the
 * parts it indexes only, never the whole archive's.
 */
interface StoredEntries {
  entries: [id: string, digest: string][];
}

const entriesFile = (cacheDir: string) => path.join(cacheDir, 'search-entries.json');
const sourcesDir = (cacheDir: string) => path.join(cacheDir, 'search-sources');

/**
 * Writes the search entries of `articles` (oldest first). `code` is the fingerprint of the code that
 * makes a source from an article: while it stays the same, an article of the same revision has the
 * same source, which is not made again.
 */
export function writeSearchSources(cacheDir: string, articles: readonly Article[], code: string): void {
  const store = new FileCache(sourcesDir(cacheDir), { listed: true });
  const put = (article: Article) => {
    const json = JSON.stringify(searchSourceOf(article));
    const digest = FileCache.key(json);
    if (!store.has(digest)) store.put(digest, json);
    return digest;
  };
  const digests = new Memo<string>(path.join(cacheDir, 'search-digests.json'), code);
  const entries = articles.map((article): [string, string] => {
    // A source removed since the digest was kept (a cache cut short) is made again.
    const digest = digests.get(
      article.revision,
      () => put(article),
      (kept) => store.has(kept),
    );
    store.use(digest);
    return [articlePath(article.slug), digest];
  });
  writeJsonFile(entriesFile(cacheDir), { entries } satisfies StoredEntries);
  digests.save();
  store.prune();
}

/**
 * The published articles to index, oldest first, as the search step walks them (once to plan the
 * parts, once more for each part to index): each record made from its source and its body (from
 * `bodies`) only when asked.
 */
export function searchEntries(cacheDir: string, bodies: BodyStore): () => SearchEntry[] {
  const { entries } = JSON.parse(readFileSync(entriesFile(cacheDir), 'utf8')) as StoredEntries;
  const store = new FileCache(sourcesDir(cacheDir));
  const listed = entries.map(([id, digest]) => ({
    id,
    digest,
    record: () => {
      const source = JSON.parse(store.read(digest).toString('utf8')) as SearchSource;
      return searchRecordOf(source, bodies.get(source.body));
    },
  }));
  return () => listed;
}
