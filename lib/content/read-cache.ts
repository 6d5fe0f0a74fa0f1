import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteReference } from '../markdown/references';
import { problem, problemInit, type Problem, type ProblemInit } from '../text/problems';
import type { Facet } from '../text/slugs';
import type { Article } from './article';
import type { SiteSettings } from './settings';
import type { SourceFile } from './source';

/** A tag with where the editor wrote it. */
export type PlacedTag = Facet & { line: number; column: number };

/** What reading one file gives: its article if it has no error, its problems, and what the checks across files need. */
export interface ReadResult {
  article?: Article;
  problems: Problem[];
  references: SiteReference[];
  tags: PlacedTag[];
  file: string;
}

/** A ReadResult as plain data, with what it was read from beside the file: the photos it asked about. */
interface StoredRead {
  article?: Article;
  problems: ProblemInit[];
  references: SiteReference[];
  tags: PlacedTag[];
  /** Each photo the file names, and the digest of what the photo was then (its size, its bytes' hash, or its problem). */
  photos: [string, string][];
}

/** Bumped whenever what is stored changes shape, so that a cache written by an older Kiosque is ignored. */
const VERSION = 1;

/**
 * What reading each file gave at the last build, by the file's name and bytes, the site's settings
 * and the code's fingerprint: a build reads, checks and renders again only the files that changed
 * (or whose photos did). What it depends on beside the file is in its key or checked on the way out;
 * what depends on the moment (whether it is published yet) is worked out again every time.
 */
export class ReadCache {
  private readonly entries = new Map<string, StoredRead>();
  private readonly kept = new Map<string, StoredRead>();
  private settingsDigest = '';
  /** How many files were taken from the cache, and how many read, since it was opened. */
  readonly counts = { reused: 0, read: 0 };

  constructor(
    readonly file: string,
    private readonly fingerprint: string,
  ) {
    try {
      const saved = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8'), revive) as {
        version: number;
        fingerprint: string;
        entries: [string, StoredRead][];
      };
      if (saved.version === VERSION && saved.fingerprint === fingerprint)
        for (const [key, entry] of saved.entries) this.entries.set(key, entry);
    } catch {
      // No cache yet, or one this version cannot read: every file is read.
    }
  }

  /** The settings every file is read with: a change of rubriques or types reads every file again. */
  useSettings(settings: SiteSettings): void {
    this.settingsDigest = digest(JSON.stringify(settings));
  }

  /**
   * What `file` gave last time, if its bytes are the same, every photo it names still answers the
   * same (`photoDigest`) and its body is still stored; otherwise `read` reads it, telling the cache
   * each photo it asks about.
   */
  read(
    file: SourceFile,
    { photoDigest, hasBody }: { photoDigest: (sitePath: string) => string; hasBody: (key: string) => boolean },
    read: (asked: (sitePath: string) => void) => ReadResult,
  ): ReadResult {
    const key = digest(this.settingsDigest, file.name, file.text);
    const stored = this.kept.get(key) ?? this.entries.get(key);
    if (
      stored &&
      stored.photos.every(([sitePath, before]) => photoDigest(sitePath) === before) &&
      (!stored.article || hasBody(stored.article.body))
    ) {
      this.counts.reused++;
      this.kept.set(key, stored);
      return {
        article: stored.article,
        problems: stored.problems.map(problem),
        references: stored.references,
        tags: stored.tags,
        file: file.name,
      };
    }
    this.counts.read++;
    const asked = new Set<string>();
    const result = read((sitePath) => asked.add(sitePath));
    this.kept.set(key, {
      article: result.article,
      problems: result.problems.map(problemInit),
      references: result.references,
      tags: result.tags,
      photos: [...asked].map((sitePath) => [sitePath, photoDigest(sitePath)]),
    });
    return result;
  }

  /** Writes what this run read or reused, and only that: the files gone since are forgotten. */
  save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(
      temporary,
      JSON.stringify({ version: VERSION, fingerprint: this.fingerprint, entries: [...this.kept] }),
    );
    renameSync(temporary, this.file);
  }
}

function digest(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** Dates come back as dates: an ArticleDate's `instant` is the only Date an article holds. */
function revive(key: string, value: unknown): unknown {
  return key === 'instant' && typeof value === 'string' ? new Date(value) : value;
}
