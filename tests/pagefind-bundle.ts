import { FileCache } from '@/lib/file-cache';
import type { SearchEntry } from '@/lib/build/search-index';
import type { SearchRecord } from '@/lib/build/search-record';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The addresses of the records a Pagefind bundle holds, sorted, read from its fragments: each is
 * gzipped, then starts with Pagefind's signature, then holds the record's JSON.
 */
export function bundleAddresses(bundle: string): string[] {
  return readdirSync(path.join(bundle, 'fragment'))
    .map((name) => gunzipSync(readFileSync(path.join(bundle, 'fragment', name))).subarray('pagefind_dcd'.length))
    .map((bytes) => (JSON.parse(bytes.toString('utf8')) as { url: string }).url)
    .sort();
}

/** Records as the search step takes them: each with its address and a digest of what it is made of. */
export function entriesOf(records: SearchRecord[]): SearchEntry[] {
  return records.map((record) => ({
    id: record.url,
    digest: FileCache.key(JSON.stringify(record)),
    record: () => record,
  }));
}
