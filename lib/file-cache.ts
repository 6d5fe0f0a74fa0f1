import { createHash, hash as sha256OneShot } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/**
 * Files a build made once and the next one can reuse, by the hash of what went into them: a
 * compressed page, a share image, a rendered body. A build links them into its output rather than
 * copying them, and forgets, once it ends, every entry it did not use (so the cache holds one site,
 * never a history).
 */
export class FileCache {
  private readonly used = new Set<string>();
  /** What the folder holds, when `listed`: filled at the first `has`, then kept by `put`. */
  private entries: Set<string> | undefined;

  /**
   * `listed`, for a cache asked about nearly every entry on each build (a body or a share image per
   * article): it lists its folder once rather than looking up each key, a tenth of the cost at a
   * hundred thousand. An entry another process puts after that is not seen by `has`.
   */
  constructor(
    readonly directory: string,
    private readonly options: { listed?: boolean } = {},
  ) {
    mkdirSync(directory, { recursive: true });
  }

  static key(...parts: (string | Buffer)[]): string {
    // Text alone is hashed in one call: a publish keys 100,000 pages, and a hash object each cost three times as much.
    if (parts.every((part) => typeof part === 'string')) return sha256OneShot('sha256', `${parts.join('\0')}\0`);
    const digest = createHash('sha256');
    for (const part of parts) digest.update(part).update('\0');
    return digest.digest('hex');
  }

  private file(key: string): string {
    return path.join(this.directory, key);
  }

  has(key: string): boolean {
    if (!this.options.listed) return existsSync(this.file(key));
    this.entries ??= new Set(readdirSync(this.directory));
    return this.entries.has(key);
  }

  put(key: string, bytes: Uint8Array | string): void {
    // Written whole, then renamed: an interrupted build leaves no half file under a valid key.
    const temporary = `${this.file(key)}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, this.file(key));
    this.entries?.add(key);
  }

  /** Keeps the entry `key` for this build, though nothing places it: a file of out/ made from it stays as it is. */
  use(key: string): void {
    this.used.add(key);
  }

  /** The bytes cached under `key`, which this build then keeps. */
  read(key: string): Buffer {
    this.used.add(key);
    return readFileSync(this.file(key));
  }

  /** Puts the cached file at `target`: a hard link where the file system allows one, else a copy. */
  place(key: string, target: string): void {
    this.used.add(key);
    rmSync(target, { force: true });
    try {
      linkSync(this.file(key), target);
    } catch {
      copyFileSync(this.file(key), target);
    }
  }

  /**
   * Removes every entry this build did not use. A listed cache prunes what its listing holds (an
   * entry another process put since is left for the next build): listing 100,000 entries again cost
   * as much as the first time.
   */
  prune(): void {
    for (const name of this.entries ? [...this.entries] : readdirSync(this.directory)) {
      if (!this.used.has(name)) {
        rmSync(path.join(this.directory, name), { force: true });
        this.entries?.delete(name);
      }
    }
  }
}
