import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
  type BigIntStats,
} from 'node:fs';
import path from 'node:path';
import { ProbeCache } from '../media/probe-cache';
import { problem, type Problem, type ProblemInit } from '../text/problems';
import { FRONT_PAGE_FILE } from './front-page';
import { parseSettings, SETTINGS_FILE, type SiteSettings } from './settings';

/**
 * The only code that touches the content folder. It is `content/` unless CONTENT_DIR names another,
 * absolute or relative to the project; it is read with `fs` at build time, never bundled.
 */
export function contentDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || 'content');
}

/**
 * Where the build keeps what it can reuse (rendered bodies, photos' headers and derived files, page
 * keys…), relative to the project: inside Next's own cache folder, so that a CI cache of `.next/cache`
 * keeps it all (deploy/github-actions.yml).
 */
export const CACHE_FOLDER = '.next/cache/kiosque';

export function cacheDirectory(root: string = process.cwd()): string {
  return path.resolve(/*turbopackIgnore: true*/ root, CACHE_FOLDER);
}

/** The photos' headers read before, kept by the build, the check and the preview alike. */
export function photoProbes(root: string = process.cwd()): ProbeCache {
  return new ProbeCache(path.join(cacheDirectory(root), 'photo-probes.json'));
}

export interface SourceFile {
  /** As the editor knows it: relative to the project when inside it, e.g. `content/cisco.md`. */
  name: string;
  /** The file name without `.md`: the article's slug, once checked. */
  stem: string;
  /**
   * UTF-8 text, byte-order mark dropped and CRLF line endings made LF. Of a file its reader said was
   * unchanged (`ReadOptions.unchanged`), read only if asked for.
   */
  text: string;
  /** What the file's stat says of its bytes (stampOf); none for a file changed in the last seconds. */
  stamp?: string;
}

export interface ReadOptions {
  /**
   * Whether an article's file has the bytes it had when it was read with this stamp: its text is then
   * read only if asked for, so that a build on a large archive opens the files that changed, not all.
   */
  unchanged?: (name: string, stamp: string) => boolean;
}

/** The files of the content folder that are not articles: the site's settings, the desk's front page. */
const SITE_FILES = { [SETTINGS_FILE]: 'settings', [FRONT_PAGE_FILE]: 'frontPage' } as const;
type SiteFile = (typeof SITE_FILES)[keyof typeof SITE_FILES];

/**
 * The folders of the content folder that hold Markdown files other than articles: the authors'
 * profiles (`auteurs/anne-martin.md`) and the paper's own pages (`pages/a-propos.md`).
 */
export const SUBFOLDERS = { auteurs: 'profiles', pages: 'pages' } as const;
type Subfolder = (typeof SUBFOLDERS)[keyof typeof SUBFOLDERS];

/** What the content folder holds: the articles, the site's own files, and what could not be read. */
export interface ContentSources {
  files: SourceFile[];
  /** site.yml and une.yml, those the folder has. */
  siteFiles: Partial<Record<SiteFile, SourceFile>>;
  /** The authors' profiles and the paper's own pages, each file named by its stem. */
  profiles: SourceFile[];
  pages: SourceFile[];
  problems: Problem[];
}

/** Where photos live: `content/images/…`, written `/images/…` in articles. */
export const PHOTOS_FOLDER = 'images';

/** Folders of the content folder that hold no articles: the photos articles show. */
const NOT_ARTICLES = new Set([PHOTOS_FOLDER]);

/** What each kind of file the folder holds is called in messages, and what it must be. */
type EntryKind = 'article' | 'site file' | 'profile' | 'page';
const MARKDOWN_KINDS: Partial<Record<EntryKind, string>> = {
  article: 'is not published: only .md files are articles',
  profile: 'is not read: only .md files are authors’ profiles',
  page: 'is not published: only .md files are pages',
};

export function readSourceFiles(
  directory: string = contentDirectory(),
  { unchanged }: ReadOptions = {},
): ContentSources {
  let entries: string[];
  try {
    entries = readdirSync(directory).sort();
  } catch {
    const file = displayPath(directory);
    const found = 'no such folder';
    return {
      files: [],
      siteFiles: {},
      profiles: [],
      pages: [],
      problems: [
        problem({
          file,
          subject: 'content folder',
          message: 'cannot be read',
          expected: 'a folder of .md files',
          found,
        }),
      ],
    };
  }

  const sources: ContentSources = { files: [], siteFiles: {}, profiles: [], pages: [], problems: [] };
  const inside = realDirectory(directory);
  for (const entry of entries) {
    if (entry.startsWith('.') || NOT_ARTICLES.has(entry)) continue;
    const absolute = path.join(directory, entry);
    if (Object.hasOwn(SUBFOLDERS, entry) && isFolder(absolute)) {
      readSubfolder(absolute, SUBFOLDERS[entry as keyof typeof SUBFOLDERS], inside, sources);
      continue;
    }
    const name = displayPath(absolute);
    const siteFile = Object.hasOwn(SITE_FILES, entry) ? SITE_FILES[entry as keyof typeof SITE_FILES] : undefined;
    if (siteFile) {
      const read = readEntry(absolute, entry, inside, 'site file');
      if ('message' in read) sources.problems.push(problem({ file: name, ...read }));
      else sources.siteFiles[siteFile] = sourceFile(name, entry, read);
      continue;
    }
    const read = readEntry(absolute, entry, inside, 'article', unchanged && ((stamp) => unchanged(name, stamp)));
    if ('message' in read) sources.problems.push(problem({ file: name, ...read }));
    else sources.files.push(sourceFile(name, entry.slice(0, -'.md'.length), read));
  }
  return sources;
}

function isFolder(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The Markdown files of `auteurs/` or `pages/`, each checked as an article is (size, encoding, links);
 * the folder itself, if it is a symbolic link, must lead inside the content folder.
 */
function readSubfolder(folder: string, kind: Subfolder, inside: string, sources: ContentSources): void {
  const name = displayPath(folder);
  if (!realDirectory(folder).startsWith(inside + path.sep)) {
    sources.problems.push(
      problem({
        file: name,
        subject: 'folder',
        message: 'is a symbolic link to a folder outside the content folder',
        expected: 'a folder of the content folder',
        found: 'a link out of it',
      }),
    );
    return;
  }
  const entryKind = kind === 'profiles' ? 'profile' : 'page';
  for (const entry of readdirSync(folder).sort()) {
    if (entry.startsWith('.')) continue;
    const absolute = path.join(folder, entry);
    const read = readEntry(absolute, entry, inside, entryKind);
    if ('message' in read) sources.problems.push(problem({ file: displayPath(absolute), ...read }));
    else sources[kind].push(sourceFile(displayPath(absolute), entry.slice(0, -'.md'.length), read));
  }
}

/** The site's settings alone, from the folder's site.yml (the defaults for what it does not say). */
export function loadSettings(directory: string = contentDirectory()): { settings: SiteSettings; problems: Problem[] } {
  const absolute = path.join(directory, SETTINGS_FILE);
  const name = displayPath(absolute);
  if (!existsSync(absolute)) return parseSettings(undefined, name);
  const read = readEntry(absolute, SETTINGS_FILE, realDirectory(directory), 'site file');
  if ('message' in read)
    return { settings: parseSettings(undefined, name).settings, problems: [problem({ file: name, ...read })] };
  return parseSettings(sourceFile(name, SETTINGS_FILE, read).text, name);
}

/** An article can be as long as a book; past this, a file is a mistake (or an attack), not an article. */
const MAX_FILE_BYTES = 1024 * 1024;

type EntryProblem = Omit<ProblemInit, 'file'>;

/** What reading an entry gives: its text, or a way to read it when its reader knows it unchanged. */
type EntryText = { text: string; stamp?: string } | { later: () => string; stamp: string };

function sourceFile(name: string, stem: string, read: EntryText): SourceFile {
  if ('text' in read) return { name, stem, ...read };
  let text: string | undefined;
  return {
    name,
    stem,
    stamp: read.stamp,
    get text() {
      return (text ??= read.later());
    },
  };
}

/**
 * A file changed less than this long ago gets no stamp: the kernel's clock ticks in milliseconds, so a
 * second save within the same tick, of the same size, would leave its stat as it was.
 */
const SETTLING_MS = 2000;

/**
 * What a file's stat says of its bytes: its size, times of change (which no tool sets back: `ctime`)
 * and inode. A file with the stamp it had when it was read has the same bytes; undefined if it
 * changed in the last SETTLING_MS.
 */
function stampOf(stats: BigIntStats): string | undefined {
  const changed = stats.ctimeNs > stats.mtimeNs ? stats.ctimeNs : stats.mtimeNs;
  if (changed > BigInt(Date.now() - SETTLING_MS) * 1_000_000n) return undefined;
  return `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}:${stats.dev}`;
}

/**
 * One entry of the folder: its text if it is an article (or the settings), else why not. A symbolic
 * link is followed only to a file of the content folder itself, so nothing outside it is ever read,
 * published or quoted.
 */
function readEntry(
  absolute: string,
  entry: string,
  inside: string,
  kind: EntryKind,
  unchanged?: (stamp: string) => boolean,
): EntryText | EntryProblem {
  const refuse = (message: string, expected: string, found: string): EntryProblem => ({
    subject: 'file',
    message,
    expected,
    found,
  });
  const ofTheFolder = 'a file of the content folder';
  try {
    let file = absolute;
    // The entry's own stat is its file's, unless it is a link: one call per file of a large archive.
    let stats = lstatSync(absolute, { bigint: true });
    if (stats.isSymbolicLink()) {
      if (!existsSync(absolute)) return refuse('is a symbolic link to nothing', ofTheFolder, 'a link to no file');
      file = realpathSync(absolute);
      if (!file.startsWith(inside + path.sep)) {
        return refuse('is a symbolic link to a file outside the content folder', ofTheFolder, 'a link out of it');
      }
      stats = statSync(file, { bigint: true });
    }
    const markdownOnly = MARKDOWN_KINDS[kind];
    if ((markdownOnly && !entry.endsWith('.md')) || !stats.isFile()) {
      const message = markdownOnly ?? MARKDOWN_KINDS.article!;
      return { severity: 'warning', subject: 'file', message, expected: '<slug>.md', found: entry };
    }
    if (stats.size > MAX_FILE_BYTES) {
      const found = `${Math.ceil(Number(stats.size) / 1024).toLocaleString('en')} KB`;
      return refuse(
        `is too large for ${kind === 'article' ? 'an article' : 'this file'}`,
        'at most 1 MB (1,024 KB)',
        found,
      );
    }
    const stamp = stampOf(stats);
    // The bytes it had when it decoded well: read only if asked for, and a race with an editor's save
    // (read, in the worst case, with the wrong characters replaced) gives a new stamp to the next build.
    if (stamp !== undefined && unchanged?.(stamp)) return { later: () => lenientText(readFileSync(file)), stamp };
    const decoded = decodeUtf8(readFileSync(file));
    if (decoded.ok) return { text: decoded.text, ...(stamp !== undefined && { stamp }) };
    const { line, column } = decoded;
    const found = 'bytes of another encoding (Latin-1 or Windows-1252?)';
    return {
      ...refuse('the file is not UTF-8 text', 'a file saved as UTF-8', found),
      subject: 'encoding',
      line,
      column,
    };
  } catch (cause) {
    return refuse('cannot be read', 'a file the site can read', errorCode(cause));
  }
}

function realDirectory(directory: string): string {
  try {
    return realpathSync(directory);
  } catch {
    return path.resolve(directory);
  }
}

/** `EACCES`, `ENOENT`…: what went wrong, without the path or the stack that come with the error. */
function errorCode(cause: unknown): string {
  return cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : 'an error';
}

/**
 * Changes whenever a file of the folder is added, removed, renamed or saved: lets the site reuse what
 * it read until an editor touches something, in `next dev` as in a build.
 */
export function folderSignature(directory: string = contentDirectory()): string {
  const entries = (folder: string, prefix = '') =>
    readdirSync(folder)
      .sort()
      .map((entry) => {
        const stats = lstatSync(path.join(folder, entry));
        return `${prefix}${entry}:${stats.size}:${stats.mtimeMs}`;
      });
  try {
    // A file saved in auteurs/ or pages/ changes neither the folder's entries nor their dates.
    const inSubfolders = Object.keys(SUBFOLDERS).flatMap((subfolder) =>
      isFolder(path.join(directory, subfolder)) ? entries(path.join(directory, subfolder), `${subfolder}/`) : [],
    );
    return [...entries(directory), ...inSubfolders].join('|');
  } catch {
    return 'unreadable';
  }
}

export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

function decodeUtf8(bytes: Buffer): { ok: true; text: string } | { ok: false; line: number; column: number } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text: text.replace(/\r\n?/g, '\n') };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const before = lenient.slice(0, Math.max(lenient.indexOf('\uFFFD'), 0)).split('\n');
    return { ok: false, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  }
}

function lenientText(bytes: Buffer): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
}

/** The file of public/ a site path such as `/docs/rapport.pdf` names, if it is one (and stays inside public/). */
function publicFile(sitePath: string): string | undefined {
  const publicDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'public');
  const file = insideOf(publicDir, sitePath);
  return file && existsSync(/*turbopackIgnore: true*/ file) && statSync(/*turbopackIgnore: true*/ file).isFile()
    ? file
    : undefined;
}

export function publicFileExists(sitePath: string): boolean {
  return publicFile(sitePath) !== undefined;
}

/**
 * The original a photo's site path names (`/images/2015/matignon.jpg` → `<content>/images/2015/matignon.jpg`),
 * or why it cannot be one. A symbolic link is followed only to a file of the content folder itself.
 */
export function photoFile(
  sitePath: string,
  directory: string = contentDirectory(),
): { file: string } | { message: string; expected: string } {
  const expected = `a photo of the content folder's ${PHOTOS_FOLDER}/, such as /${PHOTOS_FOLDER}/photo.jpg`;
  if (!sitePath.startsWith(`/${PHOTOS_FOLDER}/`))
    return { message: `is not in the content folder's ${PHOTOS_FOLDER}/`, expected };
  const file = insideOf(directory, sitePath);
  if (!file) return { message: 'is not a path of a file', expected };
  try {
    const real = realpathSync(/*turbopackIgnore: true*/ file);
    if (!real.startsWith(realDirectory(directory) + path.sep))
      return { message: 'is a symbolic link to a file outside the content folder', expected };
  } catch {
    // Missing: the photo's probe says so, with the rest of what is wrong.
  }
  return { file };
}

/** `sitePath` decoded, under `root`; undefined if it leaves it or cannot be decoded. */
function insideOf(root: string, sitePath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, '.' + decoded);
  return file.startsWith(root + path.sep) && !decoded.includes('\0') ? file : undefined;
}

/** Writes a new file into the content folder; refuses, without touching it, when one with that name (in any case) exists. */
export function createContentFile(directory: string, name: string, text: string): { ok: boolean; path: string } {
  mkdirSync(directory, { recursive: true });
  const existing = readdirSync(directory).find((entry) => entry.toLowerCase() === name.toLowerCase());
  const target = path.join(directory, existing ?? name);
  if (existing) return { ok: false, path: displayPath(target) };
  writeFileSync(target, text, { flag: 'wx' });
  return { ok: true, path: displayPath(target) };
}
