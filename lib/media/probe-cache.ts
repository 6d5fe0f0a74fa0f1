import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { probeImage, type ImageInfo, type ProbeResult } from './probe';

/** Bumped whenever probeImage's answers change, so that a cache written by an older Kiosque is ignored. */
const VERSION = 1;

interface Entry {
  /** Size, mtime (ns), inode and ctime (ns) of the file when it was probed. */
  stamp: string;
  info: ImageInfo;
}

/**
 * probeImage's answers kept between runs, by the file's path and stat (size, modification time,
 * inode, change time): a check of 100,000 photos reads only the ones that changed since the last
 * one. Only good answers are kept: a problem is found again (and cheaply) until it is fixed.
 */
export class ProbeCache {
  private readonly entries = new Map<string, Entry>();
  private readonly kept = new Map<string, Entry>();
  private changed = false;
  /** How many answers came from the cache, and how many files were read, since it was opened. */
  readonly counts = { reused: 0, probed: 0 };

  constructor(readonly file: string) {
    try {
      const saved = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as {
        version: number;
        entries: [string, Entry][];
      };
      if (saved.version === VERSION) for (const [key, entry] of saved.entries) this.entries.set(key, entry);
    } catch {
      // No cache yet, or one this version cannot read: every file is probed.
    }
  }

  probe(file: string): ProbeResult {
    const key = path.resolve(file);
    let stamp: string;
    try {
      const stat = statSync(/*turbopackIgnore: true*/ file, { bigint: true });
      stamp = [stat.size, stat.mtimeNs, stat.ino, stat.ctimeNs].join(':');
    } catch {
      return probeImage(file);
    }
    const entry = this.kept.get(key) ?? this.entries.get(key);
    if (entry?.stamp === stamp) {
      this.counts.reused++;
      this.kept.set(key, entry);
      return { ok: true, info: entry.info };
    }
    this.counts.probed++;
    const result = probeImage(file);
    this.changed = true;
    if (result.ok) this.kept.set(key, { stamp, info: result.info });
    else this.kept.delete(key);
    return result;
  }

  /** Writes the answers of this run (and only those: the files no longer used are forgotten). */
  save(): void {
    if (!this.changed && this.kept.size === this.entries.size) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: VERSION, entries: [...this.kept] }));
    renameSync(temporary, this.file);
  }
}
