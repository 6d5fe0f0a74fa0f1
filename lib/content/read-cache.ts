import type { SiteReference } from '../markdown/references';
import { problem, problemInit, type Problem, type ProblemInit } from '../text/problems';
import type { Facet } from '../text/slugs';
import type { Article } from './article';
import type { SiteSettings } from './settings';
import type { SourceFile } from './source';
import { FileCache } from '../file-cache';
import { KeptMap } from './kept-map';

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
const VERSION = 3;

/**
 * What reading each file gave at the last build, by the file's name and bytes, the site's settings
 * and the code's fingerprint: a build reads, checks and renders again only the files that changed
 * (or whose photos did). What it depends on beside the file is in its key or checked on the way out;
 * what depends on the moment (whether it is published yet) is worked out again every time. A file
 * whose stat is as it was (SourceFile.stamp) is not even opened: its bytes' digest is remembered.
 * Both are kept for the next build (KeptMap): those of the files gone since are forgotten.
 */
export class ReadCache {
  private readonly entries: KeptMap<StoredRead>;
  /** By file name: its stamp when it was read, and the digest of its name and bytes. */
  private readonly stamps: KeptMap<[string, string]>;
  private settingsDigest = '';
  /** How many files were taken from the cache, and how many read, since it was opened. */
  readonly counts = { reused: 0, read: 0 };

  /** Kept in `file`, and the stamps beside it. */
  constructor(file: string, fingerprint: string) {
    const identity = `${VERSION} ${fingerprint}`;
    this.entries = new KeptMap(file, identity, withDates);
    this.stamps = new KeptMap(file.replace(/(\.json)?$/, '-stamps.json'), identity);
  }

  /** Whether the file `name` has the bytes it had when it was read with `stamp` (readSourceFiles asks). */
  readonly unchanged = (name: string, stamp: string): boolean => this.stamps.get(name)?.[0] === stamp;

  /** The settings every file is read with: a change of rubriques or types reads every file again. */
  useSettings(settings: SiteSettings): void {
    this.settingsDigest = FileCache.key(JSON.stringify(settings));
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
    const known = file.stamp === undefined ? undefined : this.stamps.get(file.name);
    const sameStamp = known !== undefined && known[0] === file.stamp;
    const bytes = sameStamp ? known[1] : FileCache.key(file.name, file.text);
    if (file.stamp !== undefined) this.stamps.keep(file.name, sameStamp ? known : [file.stamp, bytes]);
    const key = FileCache.key(this.settingsDigest, bytes);
    const stored = this.entries.get(key);
    if (
      stored &&
      stored.photos.every(([sitePath, before]) => photoDigest(sitePath) === before) &&
      (!stored.article || hasBody(stored.article.body))
    ) {
      this.counts.reused++;
      this.entries.keep(key, stored);
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
    this.entries.keep(key, {
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
    this.entries.save();
    this.stamps.save();
  }
}

/**
 * Dates come back as dates: an ArticleDate's `instant` is the only Date an article holds. Revived
 * here, field by field, rather than by JSON.parse's reviver, which is called for every value of the
 * file and tripled the time to load it (2 s at 100,000 articles).
 */
function withDates(entry: StoredRead): StoredRead {
  const article = entry.article;
  if (!article) return entry;
  // The entry was just parsed: its dates are set in place rather than the article copied.
  for (const date of [article.date, article.updated, ...article.corrections.map((correction) => correction.date)])
    if (date) date.instant = new Date(date.iso);
  return entry;
}
