import { closeSync, createReadStream, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { SearchRecord } from './search-record';

/**
 * How the search records travel from the content step (its own process) to the search step: one JSON
 * record a line, in the order given (oldest first), in the build's cache folder. Neither side holds
 * every body at once: the file is written a record at a time and read back as a stream.
 */
export function searchRecordsFile(cacheDir: string): string {
  return path.join(cacheDir, 'search-records.jsonl');
}

export function writeSearchRecords(file: string, records: Iterable<SearchRecord>): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const descriptor = openSync(temporary, 'w');
  try {
    for (const record of records) writeSync(descriptor, `${JSON.stringify(record)}\n`);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, file);
}

export async function* readSearchRecords(file: string): AsyncGenerator<SearchRecord> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as SearchRecord;
}
