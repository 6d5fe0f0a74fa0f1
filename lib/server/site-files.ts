import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { headersFor } from './headers';
import { HEADERS_FILE } from './headers-file';

/** The codings the build writes beside every text file (`.br`, `.gz`), and the file itself. */
export type Coding = 'br' | 'gzip' | 'identity';
const SUFFIX: Record<Exclude<Coding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

/** A file is kept in memory up to this size; a larger one (a photo, rarely) is read from disk at each request. */
const MAX_KEPT_FILE = 1024 * 1024;
/** What the kept answers may take in all; past it, the oldest kept are forgotten. */
const MAX_KEPT_BYTES = 64 * 1024 * 1024;
/** What an answer costs beside its body (its key, its headers), counted against MAX_KEPT_BYTES. */
const ANSWER_OVERHEAD = 1024;

/** Files of out/ that are a host's configuration, not pages: never served. */
const NOT_SERVED = new Set([`/${HEADERS_FILE}`]);

/** One file of the site in one coding, as it was when read, with the headers of the address it answers. */
export interface SiteFile {
  /** The status line's headers, as a flat list of names and values. */
  headers: string[];
  /** The headers of a 304: those of `headers` that describe no body. */
  notModifiedHeaders: string[];
  /** ETag and Last-Modified, for conditional requests; absent from the 404 page. */
  validators?: { etag: string; 'last-modified': string };
  /** The bytes, or, for a file too large to keep, an open descriptor the caller reads and closes. */
  body: Buffer | { fd: number };
}

interface Kept extends Omit<SiteFile, 'body'> {
  file: string;
  stats: Stats;
  /** Undefined for a file too large to keep: opened again at each request. */
  body: Buffer | undefined;
  cost: number;
  /** The turn of the event loop in which the file was last found unchanged on disk. */
  checkedInTurn?: number;
}

/**
 * The files of a built site, looked up as nginx's `try_files $uri $uri.html $uri/index.html` does,
 * each in the best coding the client accepts. What is read is kept in memory with the identity of the
 * file it came from (inode, size, dates) and checked against the disk before it is sent again: a
 * file a build replaces (renamed into place, or a whole new out/) is read again at once, and its
 * headers always come from the very bytes sent. Reading a file costs an open, a read and a close;
 * the check, one stat.
 */
export class SiteFiles {
  private readonly kept = new Map<string, Kept>();
  private keptBytes = 0;
  /**
   * Which turn of the event loop this is. A kept file is checked against the disk once a turn: the
   * requests one turn answers were all waiting when it began (but one pipelined behind another on
   * its connection), so a request sent once a file was replaced is answered in a later turn, after a
   * check made after the change. Under load a turn answers dozens of requests, and the stat (the
   * dearest part of an answer after Node's own) is paid once for them all.
   */
  private turn = 0;
  private turnEnding = false;

  constructor(private readonly root: string) {}

  /**
   * The answer for `pathname` (decoded, starting with /) in the first of `codings` the file has, or
   * undefined when no file of the site has that address (or it vanished while being read).
   */
  find(pathname: string, codings: readonly Coding[], { validators = true } = {}): SiteFile | undefined {
    if (NOT_SERVED.has(pathname) || leavesTheSite(pathname)) return undefined;
    const key = `${validators ? 'v' : '-'}${codings.join()} ${pathname}`;
    const kept = this.kept.get(key);
    if (kept) {
      const answer = kept.body === undefined ? reopen(kept) : this.unchanged(kept as Kept & SiteFile);
      if (answer) return answer;
      this.forget(key, kept);
    }
    const found = this.locate(pathname, codings);
    const read = found && readFile(found.file);
    if (!found || !read) return undefined;
    const { stats, bytes, fd } = read;
    const headers = answerHeaders(pathname, stats, bytes?.length ?? stats.size, found, validators && read.etag);
    this.keep(key, { ...headers, file: found.file, stats, body: bytes });
    return { ...headers, body: bytes ?? { fd: fd! } };
  }

  /** The file `pathname` names and the coding to send it in; `varies` when it has compressed forms. */
  private locate(pathname: string, codings: readonly Coding[]): Located | undefined {
    for (const candidate of [pathname, `${pathname}.html`, `${pathname}/index.html`]) {
      const file = path.join(this.root, candidate);
      if (!isFile(file)) continue;
      const compressed = (['br', 'gzip'] as const).filter((coding) => isFile(file + SUFFIX[coding]));
      const coding = codings.find((coding) => coding !== 'identity' && compressed.includes(coding)) ?? 'identity';
      return {
        file: coding === 'identity' ? file : file + SUFFIX[coding],
        coding,
        varies: compressed.length > 0,
      };
    }
    return undefined;
  }

  /** The kept file, if the disk still has it: checked once a turn. */
  private unchanged(kept: Kept & SiteFile): SiteFile | undefined {
    if (kept.checkedInTurn === this.turn) return kept;
    if (!sameFile(kept.stats, statSync(kept.file, { throwIfNoEntry: false }))) return undefined;
    kept.checkedInTurn = this.turn;
    if (!this.turnEnding) {
      this.turnEnding = true;
      // Immediates run once the loop has answered this turn's I/O, before it waits for the next.
      setImmediate(() => {
        this.turn++;
        this.turnEnding = false;
      });
    }
    return kept;
  }

  private keep(key: string, answer: Omit<Kept, 'cost'>): void {
    const cost = (answer.body?.length ?? 0) + key.length + ANSWER_OVERHEAD;
    this.kept.set(key, { ...answer, cost });
    this.keptBytes += cost;
    for (const [oldest, kept] of this.kept) {
      if (this.keptBytes <= MAX_KEPT_BYTES) break;
      this.forget(oldest, kept);
    }
  }

  private forget(key: string, kept: Kept): void {
    this.kept.delete(key);
    this.keptBytes -= kept.cost;
  }
}

interface Located {
  file: string;
  coding: Coding;
  varies: boolean;
}

/** Whether a `..` segment would take the path out of the site's folder: never a file of the site. */
function leavesTheSite(pathname: string): boolean {
  return pathname.includes('..') && /(?:^|\/)\.\.(?:\/|$)/.test(pathname);
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Whether `now` is still the file `then` described: a replaced file has another inode or ctime, an edited one another size or mtime. */
function sameFile(then: Stats, now: Stats | undefined): boolean {
  return (
    now !== undefined &&
    now.ino === then.ino &&
    now.dev === then.dev &&
    now.size === then.size &&
    now.mtimeMs === then.mtimeMs &&
    now.ctimeMs === then.ctimeMs
  );
}

/** A large kept file, opened again: served from that descriptor if it is still the file whose headers were made. */
function reopen(kept: Kept): SiteFile | undefined {
  let fd: number;
  try {
    fd = openSync(kept.file, 'r');
  } catch {
    return undefined;
  }
  if (sameFile(kept.stats, fstatSync(fd))) return { ...kept, body: { fd } };
  closeSync(fd);
  return undefined;
}

/**
 * The file's stats and ETag, both from the same open file, so they always agree, with its bytes, or
 * for a file too large to keep, its descriptor left open for the caller to stream; undefined if it
 * vanished or is no file.
 */
function readFile(file: string): { stats: Stats; etag: string; bytes?: Buffer; fd?: number } | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  let handedOver = false;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return undefined;
    const hash = createHash('sha256');
    const tag = () => `"${hash.digest('base64url').slice(0, 22)}"`;
    if (stats.size <= MAX_KEPT_FILE) {
      const bytes = readUpTo(fd, stats.size);
      hash.update(bytes);
      return { stats, etag: tag(), bytes };
    }
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
    handedOver = true;
    return { stats, etag: tag(), fd };
  } finally {
    if (!handedOver) closeSync(fd);
  }
}

function readUpTo(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafeSlow(size);
  let length = 0;
  for (let read = -1; read !== 0 && length < size; length += read)
    read = readSync(fd, bytes, length, size - length, null);
  return bytes.subarray(0, length);
}

/**
 * The headers for `pathname` served from a file with `stats` in its coding. The ETag is a hash of
 * the bytes, the same as long as they are, whatever their date; Last-Modified is the file's mtime,
 * as nginx's (a build keeps the date of an output it did not change).
 */
function answerHeaders(
  pathname: string,
  stats: Stats,
  length: number,
  { coding, varies }: Located,
  etag: string | false,
): Pick<SiteFile, 'headers' | 'notModifiedHeaders' | 'validators'> {
  const validators = etag ? { etag, 'last-modified': stats.mtime.toUTCString() } : undefined;
  const headers: Record<string, string> = {
    ...headersFor(pathname),
    ...(coding !== 'identity' && { 'Content-Encoding': coding }),
    ...(varies && { Vary: 'Accept-Encoding' }),
    ...(validators && { ETag: validators.etag, 'Last-Modified': validators['last-modified'] }),
  };
  const flat = (names: string[]) => names.flatMap((name) => [name, headers[name]!]);
  const describingBody = new Set(['Content-Type', 'Content-Encoding']);
  return {
    headers: [...flat(Object.keys(headers)), 'Content-Length', String(length)],
    notModifiedHeaders: flat(Object.keys(headers).filter((name) => !describingBody.has(name))),
    ...(validators && { validators }),
  };
}
