import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { FileCache } from '../file-cache';
import { filesUnder } from './files';
import { writeJsonFile } from '../content/json-file';
import { KeptMap } from '../content/kept-map';

/** Where a build step puts a file a cache holds, at its place in the site (`rel`, `/`-separated, from the site's root). */
export interface CachedFiles {
  fromCache(rel: string, cache: FileCache, key: string): void;
}

/** A plain folder as the site: each file linked in from the cache. */
export function folderOutput(directory: string): CachedFiles {
  return {
    fromCache(rel, cache, key) {
      const target = path.join(directory, ...rel.split('/'));
      mkdirSync(path.dirname(target), { recursive: true });
      cache.place(key, target);
    },
  };
}

/**
 * The site a build makes, file by file, against the one it published last in out/. A file whose
 * bytes are already in out/ stays there untouched, its date and all; only new and changed files are
 * written, into `staging`, then moved into out/ one by one when the site is complete (`publish`), and
 * the files the site no longer has are removed. Publishing one story into an archive of a hundred
 * thousand thus writes the files that show it, not the archive: crawlers and feed readers polling with
 * conditional GET, rsync and CDNs see only those change.
 *
 * Every file is known by a key of its bytes: its cache key when a cache made it (a share image, a
 * photo's derived file, a search part's file, a compressed page), else the hash of what a step
 * wrote into `staging` (a page Next rendered, a feed). Until `publish`, out/ is not touched: a build
 * that fails or is killed leaves the site served as it was. `publish` moves each file in with a
 * rename, which a server sees whole or not at all, and notes first what it is about to move, so
 * that a publish cut short is finished by the next build, which removes what it moved in and the
 * new site does not have.
 */
export class SiteOutput implements CachedFiles {
  /**
   * What the build remembers of the site it published, for the next one: every file of out/, by
   * path, with the key of its bytes. What this build keeps in it (`current`) is the new site: the
   * files kept in out/, then those staged. A publish changes a few of 500,000 files: they are what it saves.
   */
  private readonly manifest: KeptMap<string>;
  /**
   * The files of out/ as the last publish left them, and still there (one removed by hand is written
   * again); undefined when out/ was not published by a build of this cache.
   */
  private readonly previous: ReadonlyMap<string, string> | undefined;
  /** Files a publish cut short may have moved into out/: their bytes are unknown, to be written again or removed. */
  private readonly interrupted: ReadonlySet<string>;
  /**
   * The files of the new site a cache made, with their keys: linked into the staging folder by
   * `staged`, which marks them placed.
   */
  private readonly cached = new Map<string, { cache: FileCache; key: string; placed: boolean }>();

  constructor(
    readonly staging: string,
    readonly outDir: string,
    private readonly cacheDir: string,
  ) {
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    this.manifest = new KeptMap(path.join(cacheDir, 'published.json'), outDir);
    this.previous = existsSync(outDir) && this.manifest.found ? stillIn(outDir, this.manifest.previous) : undefined;
    this.interrupted = new Set(readJournal(journalFile(cacheDir), outDir));
  }

  /** Whether the last publish was cut short: what out/ holds is then partly of a build nothing remembers. */
  get recovering(): boolean {
    return this.interrupted.size > 0;
  }

  /**
   * Whether the last publish into `outDir` was cut short: what out/ holds is then partly of a build
   * nothing remembers (known before a SiteOutput is made, which reads the whole manifest).
   */
  static cutShort(cacheDir: string, outDir: string): boolean {
    return readJournal(journalFile(cacheDir), outDir).length > 0;
  }

  /** The key of `rel`'s bytes in out/ as the last publish left it: '' if they are unknown, undefined if it is not there. */
  private previousKey(rel: string): string | undefined {
    if (!this.previous) return undefined;
    return this.interrupted.has(rel) ? '' : this.previous.get(rel);
  }

  /** Where a file of the site goes while the site is built. */
  stagedPath(rel: string): string {
    return path.join(this.staging, ...rel.split('/'));
  }

  /** Whether out/ holds `rel` from the last publish (as far as a build knows without reading it). */
  published(rel: string): boolean {
    return Boolean(this.previousKey(rel));
  }

  /**
   * Keeps `rel` of out/ as it is in the new site: a page whose data and code did not change. A file
   * out/ holds that the last publish did not note (out/ of an older Kiosque) is keyed by its bytes.
   * A file made from `cache` keeps its entry there, so that a build into an empty out/ finds it again.
   */
  keep(rel: string, cache?: FileCache): void {
    const key = this.previousKey(rel) || `sha256:${sha256(readFileSync(path.join(this.outDir, rel)))}`;
    if (cache && key.startsWith('cache:')) cache.use(key.slice('cache:'.length));
    this.manifest.keep(rel, key);
  }

  /**
   * `rel` of the new site is the file `cache` holds under `key`: kept in out/ if it is there from the
   * same key, else linked into the staging folder when the staged files are next asked for, so that
   * the steps making such files may run while Next renders into that folder.
   */
  fromCache(rel: string, cache: FileCache, key: string): void {
    const known = `cache:${key}`;
    cache.use(key);
    if (this.previousKey(rel) === known) {
      this.manifest.keep(rel, known);
      return;
    }
    this.cached.set(rel, { cache, key, placed: false });
  }

  /** The files the new site keeps from out/ as they are. */
  kept(): string[] {
    return [...this.manifest.current.keys()];
  }

  /** Every file of the new site: those kept in out/ and those in the staging folder. */
  files(): string[] {
    return [...new Set([...this.manifest.current.keys(), ...this.staged()])];
  }

  /** Where the bytes of `rel` of the new site are now: in the staging folder, or kept in out/. */
  pathOf(rel: string): string {
    return this.manifest.current.has(rel) ? path.join(this.outDir, rel) : this.stagedPath(rel);
  }

  /** The files written into the staging folder so far, those the caches made among them. */
  staged(): string[] {
    for (const [rel, file] of this.cached) {
      if (file.placed) continue;
      const target = this.stagedPath(rel);
      mkdirSync(path.dirname(target), { recursive: true });
      file.cache.place(file.key, target);
      file.placed = true;
    }
    return filesUnder(this.staging).map((file) => path.relative(this.staging, file).split(path.sep).join('/'));
  }

  /**
   * Makes the new site the one out/ serves: each staged file whose bytes out/ does not have moves in
   * (the pages last, the front page last of all, so that what a page loads is there before it), each
   * file the new site no longer has is removed, and the new site's files are noted for the next build.
   */
  publish(): { written: number; unchanged: number; removed: number } {
    const staged = this.staged().sort((a, b) => publishOrder(a) - publishOrder(b) || (a < b ? -1 : 1));
    mkdirSync(this.outDir, { recursive: true });
    writeJsonFile(journalFile(this.cacheDir), { outDir: this.outDir, files: staged });
    let written = 0;
    let unchanged = this.manifest.current.size;
    for (const rel of staged) {
      const from = this.stagedPath(rel);
      const cached = this.cached.get(rel);
      const key = cached ? `cache:${cached.key}` : `sha256:${sha256(readFileSync(from))}`;
      const target = path.join(this.outDir, rel);
      this.manifest.keep(rel, key);
      if (this.previousKey(rel) === key) {
        unchanged++;
        continue;
      }
      moveFile(from, target);
      written++;
    }
    const previous = this.previous;
    const before = previous
      ? [...previous.keys(), ...[...this.interrupted].filter((rel) => !previous.has(rel))]
      : everyFile(this.outDir);
    const gone = before.filter((rel) => !this.manifest.current.has(rel));
    for (const rel of gone) removeWithEmptyFolders(this.outDir, rel);
    this.manifest.save();
    rmSync(journalFile(this.cacheDir), { force: true });
    rmSync(this.staging, { recursive: true, force: true });
    return { written, unchanged, removed: gone.length };
  }
}

/** Assets first, then pages, then the front page: a reader never gets a page whose stylesheet is not there yet. */
function publishOrder(rel: string): number {
  if (/^index\.html(\.br|\.gz)?$/.test(rel)) return 2;
  return /\.html(\.br|\.gz)?$/.test(rel) ? 1 : 0;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The entries of `files` whose file `outDir` still holds: 576,000 at 100,000 articles, copied one by one. */
function stillIn(outDir: string, files: ReadonlyMap<string, string>): Map<string, string> {
  const present = new Map<string, string>();
  for (const [rel, key] of files) if (existsSync(path.join(outDir, rel))) present.set(rel, key);
  return present;
}

function journalFile(cacheDir: string): string {
  return path.join(cacheDir, 'publishing.json');
}

function readJournal(file: string, outDir: string): string[] {
  try {
    const journal = JSON.parse(readFileSync(file, 'utf8')) as { outDir: string; files: string[] };
    return journal.outDir === outDir ? journal.files : [];
  } catch {
    return [];
  }
}

function everyFile(directory: string): string[] {
  return filesUnder(directory).map((file) => path.relative(directory, file).split(path.sep).join('/'));
}

/** Moves `from` to `target` with a rename, which readers see whole or not at all; across file systems, a copy renamed. */
export function moveFile(from: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    renameSync(from, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const temporary = `${target}.${process.pid}.tmp`;
    copyFileSync(from, temporary);
    renameSync(temporary, target);
  }
}

function removeWithEmptyFolders(root: string, rel: string): void {
  rmSync(path.join(root, rel), { force: true });
  for (
    let folder = path.dirname(path.join(root, rel));
    folder.startsWith(root + path.sep);
    folder = path.dirname(folder)
  ) {
    if (readdirSync(folder).length > 0) break;
    rmdirSync(folder);
  }
}
