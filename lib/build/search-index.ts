import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { z } from 'zod';
import { FileCache } from '../file-cache';
import { BuildError } from './errors';
import type { CachedFiles } from './site-output';
import { CURRENT_PART, planSearchLayout, type FrozenPart } from './search-parts';
import type { SearchRecord } from './search-record';

/** An article to index: its address, a digest of what its record is made of, and how to make the record. */
export interface SearchEntry {
  id: string;
  digest: string;
  record(): SearchRecord;
}

export interface SearchIndexOptions {
  /**
   * Every published article, oldest first. Called more than once: once to plan the parts, then once
   * for each part to index, whose records alone are made, so that no more than one part's records are
   * held at a time, and a publication reads the bodies of one part only.
   */
  entries: () => AsyncIterable<SearchEntry> | Iterable<SearchEntry>;
  /** The site's language: how Pagefind splits and stems words. */
  lang: string;
  /** The site being built. */
  output: CachedFiles;
  /** Each part's files, by the digest of their bytes, and the list of each part's files, by the part's key. */
  cache: FileCache;
  /** Where the frozen parts of the last build are kept, for the next one to keep them. */
  layoutFile: string;
  /** See search-parts.ts. */
  partSize: number;
}

export interface SearchIndexSummary {
  articles: number;
  parts: number;
  /** Records indexed by this build: those of the parts the cache did not have. */
  indexed: number;
}

/** The list of the parts, for the search page: `{ "parts": ["<name>", …, "current"] }`, oldest first. */
const SEARCH_MANIFEST = 'parts.json';
/** The search index's folder in the site: /pagefind/. */
const SEARCH_FOLDER = 'pagefind';

/** What a part's files depend on besides its records: this code, Pagefind's version, the site's language. */
function settingsKey(lang: string): string {
  return FileCache.key(
    readFileSync(fileURLToPath(import.meta.url)),
    JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind'))), 'utf8'))
      .version as string,
    lang,
  );
}

/** Pagefind's ready-made search interfaces: the search page has its own (public/recherche.js). */
const UI_FILE = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;
/** Pagefind's script, worker and WebAssembly: only the current part's are loaded (public/recherche.js). */
const RUNTIME_FILE = /^(?:pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/;

/**
 * Indexes the published articles for search into the site's `/pagefind/`, one Pagefind bundle per
 * part (search-parts.ts), each at `/pagefind/<part>/`, and the list of the parts. A part is indexed
 * only when the cache does not have it, in a Pagefind process of its own, so that memory is bounded
 * by the largest part; its files are then linked from the cache, keeping their bytes and their
 * modification time from build to build.
 */
export async function writeSearchIndex({
  entries,
  lang,
  output,
  cache,
  layoutFile,
  partSize,
}: SearchIndexOptions): Promise<SearchIndexSummary> {
  const settings = settingsKey(lang);
  const digests = new Map<string, string>();
  for await (const entry of entries()) digests.set(entry.id, entry.digest);
  const ids = [...digests.keys()];
  const layout = planSearchLayout(ids, previousLayout(layoutFile, partSize), partSize);
  const parts = [
    ...layout.frozen.map(({ name, ids }) => ({ name, ids, primary: false })),
    ...(layout.current.length > 0 ? [{ name: CURRENT_PART, ids: layout.current, primary: true }] : []),
  ];

  let indexed = 0;
  for (const part of parts) {
    const key = `${FileCache.key(settings, String(part.primary), ...part.ids.map((id) => digests.get(id)!))}.json`;
    if (!cache.has(key)) {
      const files = await indexPart(entries, lang, new Set(part.ids), part.primary, cache);
      cache.put(key, Buffer.from(JSON.stringify(files)));
      indexed += part.ids.length;
    }
    const files = JSON.parse(cache.read(key).toString('utf8')) as [string, string][];
    for (const [file, digest] of files) output.fromCache(`${SEARCH_FOLDER}/${part.name}/${file}`, cache, digest);
  }
  const manifest = Buffer.from(JSON.stringify({ parts: parts.map((part) => part.name) }));
  const manifestKey = FileCache.key(manifest);
  if (!cache.has(manifestKey)) cache.put(manifestKey, manifest);
  output.fromCache(`${SEARCH_FOLDER}/${SEARCH_MANIFEST}`, cache, manifestKey);

  saveLayout(layoutFile, { partSize, frozen: layout.frozen });
  return { articles: ids.length, parts: parts.length, indexed };
}

/** What a build remembers of its parts for the next one: their records, and the size it split them by. */
const StoredLayout = z.object({
  partSize: z.number(),
  frozen: z.array(z.object({ name: z.string(), level: z.enum(['medium', 'big']), ids: z.array(z.string()) })),
});

/**
 * The last build's frozen parts, if it split the records by the same size; none if there was no last
 * build, or its layout cannot be read (from another version): the parts are then planned afresh.
 */
function previousLayout(layoutFile: string, partSize: number): FrozenPart[] {
  if (!existsSync(layoutFile)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(layoutFile, 'utf8'));
  } catch {
    return [];
  }
  const stored = StoredLayout.safeParse(json);
  return stored.success && stored.data.partSize === partSize ? stored.data.frozen : [];
}

function saveLayout(layoutFile: string, layout: z.infer<typeof StoredLayout>): void {
  const temporary = `${layoutFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(layout));
  renameSync(temporary, layoutFile);
}

/**
 * Indexes the records of `members` in a Pagefind process of its own, and puts the bundle's files in
 * the cache, taken from Pagefind's memory: no file is written that the cache has already. Returns
 * the bundle's files: their paths in the bundle and the digests of their bytes.
 */
async function indexPart(
  entries: SearchIndexOptions['entries'],
  lang: string,
  members: ReadonlySet<string>,
  primary: boolean,
  cache: FileCache,
): Promise<[string, string][]> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
    if (!index) throw new BuildError([`Pagefind could not start: ${errors.join(' ')}`]);
    const problems: string[] = [];
    for await (const entry of entries()) {
      if (!members.has(entry.id)) continue;
      const added = await index.addCustomRecord(customRecord(entry.record()));
      problems.push(...added.errors.map((error) => `${entry.id}: ${error}`));
    }
    const bundle = await index.getFiles();
    problems.push(...bundle.errors);
    if (problems.length > 0) throw new BuildError(problems.map((problem) => `Pagefind: ${problem}`));
    return bundle.files
      .filter((file) => !UI_FILE.test(file.path) && (primary || !RUNTIME_FILE.test(file.path)))
      .map((file) => {
        const bytes = Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength);
        const digest = FileCache.key(bytes);
        if (!cache.has(digest)) cache.put(digest, bytes);
        return [file.path, digest];
      });
  } finally {
    // The next part starts a fresh process: the memory this one holds goes back to the system.
    await pagefind.close();
  }
}

/**
 * What Pagefind indexes of a record: the title as metadata (searched, and weighed above the text by
 * Pagefind's default title weight), the lead and the body as the text the excerpts are cut from, so
 * that an excerpt never repeats the title the result shows above it.
 */
function customRecord(record: SearchRecord): pagefind.CustomRecord {
  return {
    url: record.url,
    content: splittable([record.lead, record.body].filter(Boolean).join('\n')),
    language: record.lang,
    meta: {
      title: splittable(record.title),
      date: record.date,
      lang: record.lang,
      ...(record.section && { section: record.section }),
    },
  };
}

/**
 * Pagefind ends a word at a straight apostrophe, not at a typographic one: "l’hydrogène" would be
 * found by "lhydrogène" alone, never by "hydrogène". It is given straight ones between letters; the
 * search page shows them typographic again (public/recherche.js).
 */
function splittable(text: string): string {
  return text.replace(/(?<=\p{L})’(?=\p{L})/gu, "'");
}
