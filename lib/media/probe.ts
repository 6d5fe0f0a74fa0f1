import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CutHeader, DamagedHeader, readStructure, sniff, type ImageFormat } from './headers';

export type { ImageFormat } from './headers';

/**
 * The most pixels a photo may have: 100 megapixels, more than any camera a newsroom uses (50–60 MP
 * for the largest). A header claiming more is refused before a pixel is decoded: a 100,000 ×
 * 100,000 PNG of a few kilobytes (a decompression bomb) would otherwise ask for 40 GB of memory.
 */
export const MAX_PIXELS = 100_000_000;

/** The most bytes a photo file may have (a 100-megapixel JPEG at the highest quality is about 60 MB). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** What the build needs to know of an original, read from its header without decoding it. */
export interface ImageInfo {
  format: ImageFormat;
  /** As displayed: after the EXIF orientation (a portrait photo stored sideways is taller than wide). */
  width: number;
  height: number;
  /** EXIF orientation, 1 to 8 (1 when none): 5 to 8 swap width and height. */
  orientation: number;
  /** sha256 of the file's bytes, in hex. */
  hash: string;
  bytes: number;
  /** A graphic (PNG, GIF): flat colours and sharp edges, so its fallback stays PNG rather than JPEG. */
  graphic: boolean;
}

/** What is wrong, in an editor's words; the caller adds the article, the line and the field. */
export interface ImageProblem {
  message: string;
  expected: string;
  found: string;
}

export type ProbeResult = { ok: true; info: ImageInfo } | { ok: false; problem: ImageProblem };

const FORMAT_NAMES: Record<ImageFormat, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  avif: 'AVIF',
  gif: 'GIF',
  tiff: 'TIFF',
};

const EXTENSIONS: Record<ImageFormat, string[]> = {
  jpeg: ['.jpg', '.jpeg'],
  png: ['.png'],
  webp: ['.webp'],
  avif: ['.avif'],
  gif: ['.gif'],
  tiff: ['.tif', '.tiff'],
};

const ACCEPTED = 'a JPEG, PNG, WebP, AVIF, GIF or TIFF image';

const RAW_EXTENSIONS = new Set(
  '.3fr .arw .cr2 .cr3 .crw .dcr .dng .erf .iiq .k25 .kdc .mef .mos .mrw .nef .nrw .orf .pef .raf .raw .rw2 .rwl .sr2 .srf .srw .x3f'.split(
    ' ',
  ),
);

function formatOfExtension(extension: string): ImageFormat | undefined {
  return (Object.keys(EXTENSIONS) as ImageFormat[]).find((format) => EXTENSIONS[format].includes(extension));
}

const problem = (message: string, expected: string, found: string): ProbeResult => ({
  ok: false,
  problem: { message, expected, found },
});

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * Reads an original's header and checks its whole structure, without decoding it: synchronous and
 * fast (the content check runs it on every photo; a 4 MB JPEG takes a few milliseconds, most of them
 * hashing). Every problem an editor can cause is an answer, never an exception.
 */
export function probeImage(file: string): ProbeResult {
  const extension = path.extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    const stat = statSync(/*turbopackIgnore: true*/ file);
    if (stat.isDirectory()) return problem('is a folder, not an image file', ACCEPTED, 'a folder');
    if (!stat.isFile()) return problem('is not an ordinary file', ACCEPTED, 'a device, socket or pipe');
    if (stat.size === 0) return problem('is an empty file', ACCEPTED, '0 bytes');
    if (stat.size > MAX_FILE_BYTES)
      return problem(
        'is larger than a photo file may be',
        `at most ${megabytes(MAX_FILE_BYTES)}`,
        megabytes(stat.size),
      );
    bytes = readFileSync(/*turbopackIgnore: true*/ file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return problem('points to no file', 'an image file at that path', 'no such file');
    if (code === 'EACCES' || code === 'EPERM')
      return problem('cannot be read', 'a file Kiosque may read', `${code} (its permissions forbid it)`);
    return problem('cannot be read', 'a readable file', code);
  }

  const kind = sniff(bytes);
  const named = formatOfExtension(extension);
  const expected = named ? `a ${FORMAT_NAMES[named]} image, as its name ${extension} says` : ACCEPTED;
  const raw = () =>
    problem(
      'is a camera RAW file, which browsers cannot show',
      `${ACCEPTED}: develop it and export it as JPEG`,
      `a ${extension.slice(1).toUpperCase()} file`,
    );
  if ('other' in kind) {
    if (!kind.other.image) return problem('is not an image', expected, kind.other.name);
    if (RAW_EXTENSIONS.has(extension)) return raw();
    return problem(`is not a format the site publishes: ${kind.other.advice}`, ACCEPTED, kind.other.name);
  }
  // NEF, ARW, DNG and most RAW files are TIFF inside.
  if (RAW_EXTENSIONS.has(extension)) return raw();
  const format = kind.format;
  if (named !== format) {
    const rename = `${EXTENSIONS[format][0]}`;
    return problem(
      `is a ${FORMAT_NAMES[format]} image named ${extension || 'without an extension'}: rename it ${rename}`,
      `the extension of its format, ${rename}`,
      extension ? `${extension} on a ${FORMAT_NAMES[format]} image` : 'no extension',
    );
  }

  const cut = (what: string) =>
    problem(
      'is cut short: the end of the file is missing (an interrupted copy or download)',
      `a whole ${FORMAT_NAMES[format]} file: copy it again from the original`,
      `${thousands(bytes.length)} bytes: ${what}`,
    );
  let structure;
  try {
    structure = readStructure(format, bytes);
  } catch (error) {
    if (error instanceof CutHeader) return cut(error.message);
    if (!(error instanceof DamagedHeader)) throw error;
    return problem(
      `is a damaged ${FORMAT_NAMES[format]}: its header cannot be read`,
      `a ${FORMAT_NAMES[format]} image as the camera or the software wrote it`,
      error.message,
    );
  }
  const { width, height, orientation, truncated } = structure;
  if (width === 0 || height === 0)
    return problem('has no pixels', 'a width and a height of at least 1 pixel', `${width} × ${height} pixels`);
  if (width * height > MAX_PIXELS)
    return problem(
      'claims more pixels than a photo may have (a file made to exhaust memory, or a scan at a needless resolution)',
      `at most ${MAX_PIXELS / 1e6} megapixels: resize it`,
      `${thousands(width)} × ${thousands(height)} pixels (${thousands(Math.round((width * height) / 1e6))} megapixels)`,
    );
  if (truncated) return cut(truncated);

  const turned = orientation >= 5;
  return {
    ok: true,
    info: {
      format,
      width: turned ? height : width,
      height: turned ? width : height,
      orientation,
      hash: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      graphic: format === 'png' || format === 'gif',
    },
  };
}
