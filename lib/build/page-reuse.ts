import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { FileCache } from '../file-cache';
import { filesUnder } from './files';
import { writeJsonFile } from '../content/json-file';

/**
 * A page is a function of what it shows (its data, computed by the content step: lib/content/pages.ts)
 * and of the code and settings that render it. A build asks Next to render only the pages whose key
 * changed since the site in out/ was built, and takes the others from it as they are: adding one
 * article to ten thousand renders its page, the pages suggesting it, the first pages of the listings
 * it enters, and an archive page when one fills; every archive page before keeps its bytes.
 * The front page itself is always rendered: it tells whether out/ loads this build's stylesheet.
 */

/**
 * What renders every page beside its own data: the project's code and styles, its dependencies, and
 * what every page's frame shows (the settings, the rubriques in the navigation): `shared`.
 */
export function codeFingerprint(root: string, shared: unknown): string {
  const sources = ['app', 'components', 'lib']
    .flatMap((folder) => filesUnder(path.join(root, folder)))
    .concat(['next.config.ts', 'package-lock.json'].map((file) => path.join(root, file)));
  return FileCache.key(
    JSON.stringify(shared),
    ...sources.flatMap((file) => [path.relative(root, file), existsSync(file) ? readFileSync(file) : '']),
  );
}

/** A page's key: the code that renders it and everything it shows (its data, pages.ts). */
export function pageKey(fingerprint: string, data: unknown): string {
  return FileCache.key(fingerprint, JSON.stringify(data));
}

interface Manifest {
  outDir: string;
  /** Each page's address and key. */
  pages: [string, string][];
}

/** Which pages of `outDir` are still right, by address: built last time for the same key, and still there. */
export function reusablePages(cacheDir: string, outDir: string, keys: Map<string, string>): Set<string> {
  const before = previousKeys(manifestFile(cacheDir), outDir);
  const published = filesIn(outDir);
  return new Set(
    [...keys]
      .filter(([address, key]) => before.get(address) === key && published(pageFileOf(address)))
      .map(([address]) => address),
  );
}

/**
 * Whether `directory` holds a file, each folder listed once when first asked about: a hundred
 * thousand article pages share one folder, and one listing costs a fraction of as many lookups.
 */
function filesIn(directory: string): (file: string) => boolean {
  const listings = new Map<string, Set<string>>();
  return (file) => {
    const folder = path.posix.dirname(file);
    let names = listings.get(folder);
    if (!names) {
      try {
        names = new Set(readdirSync(path.join(directory, folder)));
      } catch {
        names = new Set();
      }
      listings.set(folder, names);
    }
    return names.has(path.posix.basename(file));
  };
}

/** The key of each page the last build published into `outDir`: none if it left no manifest, or one of another shape (an older Kiosque's). */
function previousKeys(file: string, outDir: string): Map<string, string> {
  try {
    const previous = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
    if (previous.outDir === outDir && Array.isArray(previous.pages)) return new Map(previous.pages);
  } catch {
    // No manifest, or a broken one: every page is rendered.
  }
  return new Map();
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

/**
 * Notes the key of every page this build publishes into `outDir`, written by the content step where
 * it computed them (sending 100,000 keys back to the build process, for it to write them, cost more):
 * the next build reuses them once this one's site is published (`adoptPageKeys`).
 */
export function writePageKeys(cacheDir: string, outDir: string, keys: Map<string, string>): void {
  writeJsonFile(pendingFile(cacheDir), { outDir, pages: keys });
}

/** The site is published: the keys its build noted are those of the pages out/ holds. */
export function adoptPageKeys(cacheDir: string): void {
  if (existsSync(pendingFile(cacheDir))) renameSync(pendingFile(cacheDir), manifestFile(cacheDir));
}

/** Forgets which pages out/ has right: the next build renders every page. */
export function forgetPageKeys(cacheDir: string): void {
  rmSync(manifestFile(cacheDir), { force: true });
}

function manifestFile(cacheDir: string): string {
  return path.join(cacheDir, 'reusable-pages.json');
}

function pendingFile(cacheDir: string): string {
  return path.join(cacheDir, 'reusable-pages.next.json');
}

/**
 * The file of the site that holds the page at `address` (never `/`), as the static export writes it:
 * `/tags/cisco/page/2` → `tags/cisco/page/2.html`, `/sitemaps/2015-02.xml` as it is.
 */
export function pageFileOf(address: string): string {
  return (/\.[a-z]+$/.test(address) ? address : `${address}.html`).replace(/^\//, '');
}
