import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { FileCache } from '../file-cache';
import { inBatches } from './files';
import type { SiteOutput } from './site-output';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What gets `.br` and `.gz` siblings: every text file a browser or a feed reader asks for. */
const TEXT_FILE = /\.(html|xml|json|css|svg|txt|js|webmanifest)$/;

// nginx's own default: about 8 % larger than the maximum 11, thirty times as fast, which a cold
// build of thousands of pages feels (npm run bench:build).
const BROTLI_QUALITY = 6;
const GZIP_LEVEL = constants.Z_BEST_COMPRESSION;
/** Part of every cache key: changing a level must not reuse files compressed at the old one. */
const COMPRESSION_SETTINGS = `brotli-${BROTLI_QUALITY}-text gzip-${GZIP_LEVEL}`;

const COMPRESSIONS = {
  br: (bytes: Buffer) =>
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gz: (bytes: Buffer) => gzipAsync(bytes, { level: GZIP_LEVEL }),
} as const;

interface CompressionSummary {
  files: number;
  /** Files whose compressed forms came from the previous build. */
  reused: number;
}

const EXTENSIONS = Object.keys(COMPRESSIONS) as (keyof typeof COMPRESSIONS)[];

/**
 * Gives every text file of the site `.br` and `.gz` siblings, so servers send them as they are (nginx
 * gzip_static/brotli_static, `npm start`, a CDN). A file kept from out/ keeps its siblings; a file
 * written by this build is compressed, at the highest levels, unless the cache has it already.
 */
export async function precompress(site: SiteOutput, cache: FileCache): Promise<CompressionSummary> {
  const written = site.staged().filter((rel) => TEXT_FILE.test(rel));
  const kept = site.kept().filter((rel) => TEXT_FILE.test(rel));
  const keptWhole = new Set(
    kept.filter((rel) => EXTENSIONS.every((extension) => site.published(`${rel}.${extension}`))),
  );
  for (const rel of keptWhole) for (const extension of EXTENSIONS) site.keep(`${rel}.${extension}`, cache);
  const toCompress = [...written, ...kept.filter((rel) => !keptWhole.has(rel))];
  let reused = keptWhole.size;
  await inBatches(toCompress, async (rel) => {
    const bytes = readFileSync(site.pathOf(rel));
    const hash = FileCache.key(COMPRESSION_SETTINGS, bytes);
    const entries = EXTENSIONS.map((extension) => ({ extension, key: `${hash}.${extension}` }));
    const missing = entries.filter(({ key }) => !cache.has(key));
    if (missing.length === 0) reused++;
    for (const { key, extension } of missing) cache.put(key, await COMPRESSIONS[extension](bytes));
    for (const { extension, key } of entries) site.fromCache(`${rel}.${extension}`, cache, key);
  });
  return { files: written.length + kept.length, reused };
}
