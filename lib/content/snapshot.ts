import { closeSync, mkdirSync, openSync, readFileSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ArticleDate } from '../text/dates';
import type { Article } from './article';
import type { SiteSettings } from './settings';

/**
 * The content of one build, read and validated once by `npm run build` and handed to every Next
 * worker: a JSON index of what is published at the build's moment, and every body one after the other
 * in a single file, the index giving where each lies. A worker parses the index in milliseconds and
 * reads a body only for the page that shows it, so neither the time nor the memory of a worker grows
 * with the bodies of the whole archive; and the build writes two files, not one per article.
 */
const SNAPSHOT_VERSION = 4;
const INDEX = 'snapshot.json';
const BODIES = 'bodies.html';

type StoredArticle = Omit<Article, 'date' | 'updated' | 'html'> & {
  date: string;
  updated?: string;
  /** Where the body lies in the bodies file, in bytes: [offset, length]. */
  body: [number, number];
};

interface StoredSnapshot {
  version: number;
  builtAt: string;
  settings: SiteSettings;
  articles: StoredArticle[];
  render?: string[];
}

export interface Snapshot {
  /** The moment the build publishes at: what is scheduled after it is not in the snapshot. */
  builtAt: Date;
  settings: SiteSettings;
  articles: Article[];
  /** The addresses of the pages Next must render; every page when undefined (lib/build/page-reuse.ts). */
  render?: string[];
}

export function writeSnapshot(directory: string, { builtAt, settings, articles, render }: Snapshot): void {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const bodies = openSync(path.join(directory, BODIES), 'w');
  let offset = 0;
  try {
    const stored: StoredSnapshot = {
      version: SNAPSHOT_VERSION,
      builtAt: builtAt.toISOString(),
      settings,
      articles: articles.map(({ html, date, updated, ...rest }) => {
        const length = Buffer.byteLength(html);
        if (writeSync(bodies, html, offset, 'utf8') !== length)
          throw new Error(`${BODIES}: a body was not written whole`);
        const body: [number, number] = [offset, length];
        offset += length;
        return { ...rest, body, date: date.iso, ...(updated && { updated: updated.iso }) };
      }),
      render,
    };
    writeFileSync(path.join(directory, INDEX), JSON.stringify(stored));
  } finally {
    closeSync(bodies);
  }
}

export function readSnapshot(directory: string): Snapshot {
  const stored = JSON.parse(readFileSync(path.join(directory, INDEX), 'utf8')) as StoredSnapshot;
  if (stored.version !== SNAPSHOT_VERSION) {
    throw new Error(`The content snapshot in ${directory} is from another version of Kiosque: run npm run build.`);
  }
  return {
    builtAt: new Date(stored.builtAt),
    settings: stored.settings,
    render: stored.render,
    articles: stored.articles.map(({ date, updated, body, ...rest }) => {
      const article = { ...rest, date: revive(date), ...(updated && { updated: revive(updated) }) };
      // Read when a page asks for it, and not kept: see above.
      return Object.defineProperty(article, 'html', {
        enumerable: true,
        get: () => readBody(directory, body),
      }) as Article;
    }),
  };
}

/** Makes the snapshot ask Next for every page again. */
export function renderEveryPage(directory: string): void {
  const file = path.join(directory, INDEX);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredSnapshot;
  writeFileSync(file, JSON.stringify({ ...stored, render: undefined }));
}

function readBody(directory: string, [offset, length]: [number, number]): string {
  const bodies = openSync(path.join(directory, BODIES), 'r');
  try {
    const bytes = Buffer.alloc(length);
    readSync(bodies, bytes, 0, length, offset);
    return bytes.toString('utf8');
  } finally {
    closeSync(bodies);
  }
}

function revive(iso: string): ArticleDate {
  return { instant: new Date(iso), iso };
}
