import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

/** Every file under `directory` (and, with `directories`, every folder, parents before children), sorted. */
export function filesUnder(directory: string, { directories = false } = {}): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (directories) found.push(full);
        walk(full);
      } else if (!directories) {
        found.push(full);
      }
    }
  };
  walk(directory);
  return found;
}

/**
 * Runs `work` on every item, `concurrency` at a time: enough to keep libuv's threads and both cores
 * busy. Each of the `concurrency` lanes takes its next item when its last is done; `lane` says which.
 */
export async function inBatches<T>(
  items: readonly T[],
  work: (item: T, lane: number) => Promise<void>,
  concurrency = 4 * availableParallelism(),
): Promise<void> {
  let next = 0;
  const run = async (lane: number) => {
    while (next < items.length) await work(items[next++]!, lane);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, (_, lane) => run(lane)));
}
