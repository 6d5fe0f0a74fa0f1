import { existsSync, mkdirSync, readFileSync, copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../content/catalog';
import type { Article } from '../content/load';
import { site } from '../site';
import { FileCache } from './cache';
import { filesUnder } from './files';

/**
 * An article's page is a function of the article, of the articles it suggests ("À lire aussi"),
 * and of the code, settings and address that render it. A build asks Next to render only the
 * article pages whose inputs changed since the site in out/ was built, and takes the others from
 * it as they are: adding one article to ten thousand renders a handful of pages, not ten thousand.
 * Listings (front page, rubriques, authors, tags) are always rendered: one article shifts them all.
 */

/** What renders every page: the project's code and styles, its dependencies, the site's address. */
export function codeFingerprint(root: string): string {
  const sources = ['app', 'components', 'lib']
    .flatMap((folder) => filesUnder(path.join(root, folder)))
    .concat(['next.config.ts', 'package-lock.json'].map((file) => path.join(root, file)));
  return FileCache.key(
    site.url,
    ...sources.flatMap((file) => [path.relative(root, file), existsSync(file) ? readFileSync(file) : '']),
  );
}

/** The key of each article's page: it changes when anything its page shows changes. */
export function articlePageKeys(catalog: Catalog, fingerprint: string): Map<string, string> {
  const suggested = (article: Article) => ({
    slug: article.slug,
    title: article.title,
    date: article.date,
    lang: article.lang,
  });
  return new Map(
    catalog.articles.map((article) => [
      article.slug,
      FileCache.key(fingerprint, JSON.stringify(article), JSON.stringify(catalog.related(article).map(suggested))),
    ]),
  );
}

interface Manifest {
  outDir: string;
  pages: Record<string, string>;
}

/** Which article pages of `outDir` are still right: built last time for the same key, and still there. */
export function reusableArticlePages(cacheDir: string, outDir: string, keys: Map<string, string>): Set<string> {
  const file = manifestFile(cacheDir);
  if (!existsSync(file)) return new Set();
  const previous = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (previous.outDir !== outDir) return new Set();
  return new Set(
    [...keys]
      .filter(([slug, key]) => previous.pages[slug] === key && existsSync(articleFile(outDir, slug)))
      .map(([slug]) => slug),
  );
}

/**
 * Whether the pages of `outDir` load the same stylesheet and fonts as the new export's: the front
 * page, rendered by every build, tells. (Same code gives the same hashed names; this makes sure.)
 */
export function sameAssets(outDir: string, exportDir: string): boolean {
  const assets = (directory: string) => {
    const file = path.join(directory, 'index.html');
    return existsSync(file)
      ? [...readFileSync(file, 'utf8').matchAll(/\/_next\/static\/[^"')\s]+/g)]
          .map(([url]) => url)
          .sort()
          .join()
      : '';
  };
  return assets(outDir) === assets(exportDir);
}

/** Copies the reused pages from the site in `outDir` into the new export. */
export function copyArticlePages(slugs: Iterable<string>, outDir: string, exportDir: string): void {
  mkdirSync(path.join(exportDir, 'articles'), { recursive: true });
  for (const slug of slugs) copyFileSync(articleFile(outDir, slug), articleFile(exportDir, slug));
}

/** Remembers, once the site is published, the key of every article page in it. */
export function writeArticlePageKeys(cacheDir: string, outDir: string, keys: Map<string, string>): void {
  const manifest: Manifest = { outDir, pages: Object.fromEntries(keys) };
  writeFileSync(manifestFile(cacheDir), JSON.stringify(manifest));
}

function manifestFile(cacheDir: string): string {
  return path.join(cacheDir, 'article-pages.json');
}

function articleFile(directory: string, slug: string): string {
  return path.join(directory, 'articles', `${slug}.html`);
}
