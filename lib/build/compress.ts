import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { FileCache } from './cache';
import { filesUnder, inBatches } from './files';

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

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of `directory`, so servers send them
 * as they are (nginx gzip_static/brotli_static, `npm start`, a CDN). Compressing at the highest
 * levels is slow, so a file the previous build compressed already is taken from the cache.
 */
export async function precompress(directory: string, cache: FileCache): Promise<CompressionSummary> {
  const files = filesUnder(directory).filter((file) => TEXT_FILE.test(file));
  let reused = 0;
  await inBatches(files, async (file) => {
    const bytes = readFileSync(file);
    const hash = FileCache.key(COMPRESSION_SETTINGS, bytes);
    const entries = Object.entries(COMPRESSIONS).map(([extension, compress]) => ({
      extension,
      compress,
      key: `${hash}.${extension}`,
    }));
    const missing = entries.filter(({ key }) => !cache.has(key));
    if (missing.length === 0) reused++;
    for (const { key, compress } of missing) cache.put(key, await compress(bytes));
    for (const { extension, key } of entries) cache.place(key, `${file}.${extension}`);
  });
  return { files: files.length, reused };
}
