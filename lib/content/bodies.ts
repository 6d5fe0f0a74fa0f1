import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where rendered bodies are kept, by the hash of their HTML: a body is written once and read only by
 * the page (or the feed, or the search index) that shows it, so no step holds the bodies of a whole
 * archive in memory. In memory for `npm run check` and `next dev`; on disk for `npm run build`, whose
 * Next workers read the bodies of the pages they render.
 */
export interface BodyStore {
  put(html: string): string;
  get(key: string): string;
  has(key: string): boolean;
}

export function bodyKey(html: string): string {
  return createHash('sha256').update(html).digest('hex');
}

export function memoryBodies(): BodyStore {
  const bodies = new Map<string, string>();
  return {
    put(html) {
      const key = bodyKey(html);
      bodies.set(key, html);
      return key;
    },
    get(key) {
      const html = bodies.get(key);
      if (html === undefined) throw new Error(`No body ${key} in this store.`);
      return html;
    },
    has: (key) => bodies.has(key),
  };
}

/**
 * Bodies as files of `directory`, named by their hash: a body already there is not written again.
 * What the folder holds is listed once, when first asked: a publish asks about every article's body,
 * and one listing costs a tenth of a hundred thousand lookups.
 */
export function directoryBodies(directory: string): BodyStore {
  mkdirSync(directory, { recursive: true });
  const file = (key: string) => path.join(directory, `${key}.html`);
  let listed: Set<string> | undefined;
  const has = (key: string) => (listed ??= new Set(readdirSync(directory))).has(`${key}.html`);
  return {
    put(html) {
      const key = bodyKey(html);
      if (!has(key)) {
        // Written whole, then renamed: an interrupted build leaves no half body under a valid name.
        const temporary = `${file(key)}.${process.pid}.tmp`;
        writeFileSync(temporary, html);
        renameSync(temporary, file(key));
        listed!.add(`${key}.html`);
      }
      return key;
    },
    get: (key) => readFileSync(file(key), 'utf8'),
    has,
  };
}

/** Removes from `directory` every body no article of `keep` shows: the store holds one site, never a history. */
export function pruneBodies(directory: string, keep: Iterable<string>): void {
  const kept = new Set([...keep].map((key) => `${key}.html`));
  for (const name of readdirSync(directory)) if (!kept.has(name)) rmSync(path.join(directory, name), { force: true });
}
