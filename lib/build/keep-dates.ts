import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './files';

/**
 * A file whose bytes did not change keeps its date, so that its Last-Modified and nginx's ETag (made
 * of the date and the size) stay the same and crawlers and feed readers polling with conditional GET
 * get 304, not the whole archive again after each story.
 *
 * Each file of the finished `staging` site that holds exactly the bytes of the file at the same place
 * in `outDir` becomes that file: a hard link to it, its date and all (or, across file systems, a file
 * given its date). Files already linked to it (pages taken from out/, see keepFile) cost one stat.
 * Run last, just before the swap: nothing may write into `staging` after, or it would write into out/.
 */
export function keepDates(staging: string, outDir: string): { kept: number; changed: number } {
  let kept = 0;
  let changed = 0;
  if (!existsSync(outDir)) return { kept, changed: filesUnder(staging).length };
  for (const file of filesUnder(staging)) {
    const previous = path.join(outDir, path.relative(staging, file));
    const now = statSync(file);
    let before;
    try {
      before = statSync(previous);
    } catch {
      changed++;
      continue;
    }
    if (before.ino === now.ino && before.dev === now.dev) kept++;
    else if (before.size === now.size && readFileSync(previous).equals(readFileSync(file))) {
      keepFile(previous, file);
      kept++;
    } else changed++;
  }
  return { kept, changed };
}

/** Puts `previous`, a file of out/, at `target` as it is, date included: a hard link where possible. */
export function keepFile(previous: string, target: string): void {
  rmSync(target, { force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    linkSync(previous, target);
  } catch {
    copyFileSync(previous, target);
    const { atime, mtime } = statSync(previous);
    utimesSync(target, atime, mtime);
  }
}
