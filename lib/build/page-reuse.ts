import { existsSync, mkdirSync, readFileSync, copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listingPagesOf, sectionsWithArticlesOf } from '../content/articles';
import type { Catalog } from '../content/catalog';
import type { Article } from '../content/article';
import { articlePath, site } from '../site';
import { FileCache } from './cache';
import { filesUnder } from './files';

/**
 * A page is a function of what it shows, and of the code, settings and address that render it. A
 * build asks Next to render only the pages whose inputs changed since the site in out/ was built, and
 * takes the others from it as they are: adding one article to ten thousand renders its page, the
 * pages suggesting it, and the listings it enters (the front page's, its tags', its authors', its
 * rubrique's); every other tag, author and rubrique keeps its pages.
 * The front page itself is always rendered: it tells whether out/ loads this build's stylesheet.
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

/** The key of every page a build can take from out/, by its address: it changes when anything the page shows changes. */
export function pageKeys(catalog: Catalog, code: string): Map<string, string> {
  // Every page's navigation lists the rubriques that have an article.
  const fingerprint = FileCache.key(code, JSON.stringify(sectionsWithArticlesOf(catalog)));
  const digest = new Map(catalog.articles.map((article) => [article, FileCache.key(JSON.stringify(article))]));
  const suggested = (article: Article) => ({
    slug: article.slug,
    title: article.title,
    date: article.date,
    lang: article.lang,
  });
  const keys = new Map<string, string>();
  for (const article of catalog.articles) {
    const suggestions = JSON.stringify(catalog.related(article).map(suggested));
    keys.set(articlePath(article.slug), FileCache.key(fingerprint, digest.get(article)!, suggestions));
  }
  for (const { path: address, listing, facet } of listingPagesOf(catalog)) {
    if (address === '/') continue; // the front page: always rendered, see above
    const articles = listing.articles.map((article) => digest.get(article)!);
    keys.set(
      address,
      FileCache.key(fingerprint, JSON.stringify(facet ?? null), String(listing.pageCount), ...articles),
    );
  }
  return keys;
}

interface Manifest {
  outDir: string;
  pages: Record<string, string>;
}

/** Which pages of `outDir` are still right, by address: built last time for the same key, and still there. */
export function reusablePages(cacheDir: string, outDir: string, keys: Map<string, string>): Set<string> {
  const file = manifestFile(cacheDir);
  if (!existsSync(file)) return new Set();
  const previous = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (previous.outDir !== outDir) return new Set();
  return new Set(
    [...keys]
      .filter(([address, key]) => previous.pages[address] === key && existsSync(pageFile(outDir, address)))
      .map(([address]) => address),
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
export function copyPages(addresses: Iterable<string>, outDir: string, exportDir: string): void {
  for (const address of addresses) {
    const target = pageFile(exportDir, address);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(pageFile(outDir, address), target);
  }
}

/** Remembers, once the site is published, the key of every page in it that a build can reuse. */
export function writePageKeys(cacheDir: string, outDir: string, keys: Map<string, string>): void {
  const manifest: Manifest = { outDir, pages: Object.fromEntries(keys) };
  writeFileSync(manifestFile(cacheDir), JSON.stringify(manifest));
}

function manifestFile(cacheDir: string): string {
  return path.join(cacheDir, 'reusable-pages.json');
}

/** Where the static export writes the page at `address` (never `/`): `/tags/cisco/page/2` → `tags/cisco/page/2.html`. */
function pageFile(directory: string, address: string): string {
  return path.join(directory, `${address}.html`);
}
