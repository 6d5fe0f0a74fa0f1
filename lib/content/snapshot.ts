import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleDate } from './dates';
import type { Article } from './load';

/**
 * The content of one build, read and validated once by `npm run build` and handed to every Next
 * worker: a JSON index of what is published at the build's moment, and each body in a file of its own.
 * A worker parses the index in milliseconds and reads a body only for the page that shows it, so
 * neither the time nor the memory of a worker grows with the bodies of the whole archive.
 */
const SNAPSHOT_VERSION = 1;

type StoredArticle = Omit<Article, 'date' | 'updated' | 'html'> & { date: string; updated?: string };

interface StoredSnapshot {
  version: number;
  builtAt: string;
  articles: StoredArticle[];
  render?: string[];
}

export interface Snapshot {
  /** The moment the build publishes at: what is scheduled after it is not in the snapshot. */
  builtAt: Date;
  articles: Article[];
  /** The articles whose page Next must render; every one when undefined (lib/build/article-pages.ts). */
  render?: string[];
}

export function writeSnapshot(directory: string, { builtAt, articles, render }: Snapshot): void {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(path.join(directory, 'bodies'), { recursive: true });
  const stored: StoredSnapshot = {
    version: SNAPSHOT_VERSION,
    builtAt: builtAt.toISOString(),
    articles: articles.map(({ html, date, updated, ...rest }) => {
      writeFileSync(bodyFile(directory, rest.slug), html);
      return { ...rest, date: date.iso, ...(updated && { updated: updated.iso }) };
    }),
    render,
  };
  writeFileSync(path.join(directory, 'snapshot.json'), JSON.stringify(stored));
}

export function readSnapshot(directory: string): Snapshot {
  const stored = JSON.parse(readFileSync(path.join(directory, 'snapshot.json'), 'utf8')) as StoredSnapshot;
  if (stored.version !== SNAPSHOT_VERSION) {
    throw new Error(`The content snapshot in ${directory} is from another version of Kiosque: run npm run build.`);
  }
  return {
    builtAt: new Date(stored.builtAt),
    render: stored.render,
    articles: stored.articles.map(({ date, updated, ...rest }) => {
      const article = { ...rest, date: revive(date), ...(updated && { updated: revive(updated) }) };
      // Read when a page asks for it, and not kept: see above.
      return Object.defineProperty(article, 'html', {
        enumerable: true,
        get: () => readFileSync(bodyFile(directory, rest.slug), 'utf8'),
      }) as Article;
    }),
  };
}

/** Makes the snapshot ask Next for every article page again. */
export function renderEveryPage(directory: string): void {
  const file = path.join(directory, 'snapshot.json');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredSnapshot;
  writeFileSync(file, JSON.stringify({ ...stored, render: undefined }));
}

function bodyFile(directory: string, slug: string): string {
  return path.join(directory, 'bodies', `${slug}.html`);
}

function revive(iso: string): ArticleDate {
  return { instant: new Date(iso), iso };
}
