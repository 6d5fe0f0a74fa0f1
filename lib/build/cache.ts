import { createHash } from 'node:crypto';
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
 * compressed page, a share image. A build links them into its output rather than copying them, and
 * forgets, once it ends, every entry it did not use (so the cache holds one site, never a history).
 */
export class FileCache {
  private readonly used = new Set<string>();

  constructor(readonly directory: string) {
    mkdirSync(directory, { recursive: true });
  }

  static key(...parts: (string | Buffer)[]): string {
    const hash = createHash('sha256');
    for (const part of parts) hash.update(part).update('\0');
    return hash.digest('hex');
  }

  private file(key: string): string {
    return path.join(this.directory, key);
  }

  has(key: string): boolean {
    return existsSync(this.file(key));
  }

  put(key: string, bytes: Uint8Array): void {
    // Written whole, then renamed: an interrupted build leaves no half file under a valid key.
    const temporary = `${this.file(key)}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, this.file(key));
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

  /** Removes every entry this build did not place. */
  prune(): void {
    for (const name of readdirSync(this.directory)) {
      if (!this.used.has(name)) rmSync(path.join(this.directory, name), { force: true });
    }
  }
}
