import { closeSync, createReadStream, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { SearchSource } from './search-record';

/**
 * How the search sources (search-record.ts) travel from the content step (its own process) to the
 * search step: one JSON source a line, in the order given (oldest first), in the build's cache folder,
 * written one at a time and read back as a stream.
 */
export function searchSourcesFile(cacheDir: string): string {
  return path.join(cacheDir, 'search-sources.jsonl');
}

export function writeSearchSources(file: string, records: Iterable<SearchSource>): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const descriptor = openSync(temporary, 'w');
  try {
    for (const record of records) writeSync(descriptor, `${JSON.stringify(record)}\n`);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, file);
}

export async function* readSearchSources(file: string): AsyncGenerator<SearchSource> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as SearchSource;
}
