import { FileCache } from '../file-cache';

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
  return FileCache.key(html);
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

/** Bodies on disk, which a build prunes to those of the site it publishes. */
export interface DirectoryBodies extends BodyStore {
  /** Removes every body no article of `keep` shows: the store holds one site, never a history. */
  prune(keep: Iterable<string>): void;
}

/** Bodies as files of `directory`, named by their hash: a body already there is not written again. */
export function directoryBodies(directory: string): DirectoryBodies {
  const store = new FileCache(directory, { listed: true });
  return {
    put(html) {
      const key = bodyKey(html);
      if (!store.has(fileOf(key))) store.put(fileOf(key), html);
      return key;
    },
    get: (key) => store.read(fileOf(key)).toString('utf8'),
    has: (key) => store.has(fileOf(key)),
    prune(keep) {
      for (const key of keep) store.use(fileOf(key));
      store.prune();
    },
  };
}

const fileOf = (key: string) => `${key}.html`;
