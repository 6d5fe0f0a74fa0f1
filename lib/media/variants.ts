import { createHash } from 'node:crypto';
import path from 'node:path';
import { slugify } from '../text/slugs';
import type { ImageInfo } from './probe';

/**
 * Every file the site derives from an original, and the markup that points at them: a pure plan
 * (no file is read, no pixel decoded), so the build that writes the files and the pages that name
 * them read the same list, and can never disagree.
 */

/** The point of interest, as fractions of the displayed image: `{ x: 0.5, y: 0.3 }` is centred, high. */
export interface Focus {
  x: number;
  y: number;
}

export interface PhotoSource {
  /** The original's site path, as editors write it: `/images/matignon.jpg`. */
  path: string;
  info: ImageInfo;
  /** Where crops centre; without one, the encoder finds the most salient region (sharp's attention strategy). */
  focus?: Focus;
  /** A lead photo also gets a teaser thumbnail and the share crops (Open Graph, structured data). */
  lead?: boolean;
  /** An author's portrait gets only its square crops. */
  portrait?: boolean;
}

export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png';

/** A window of the displayed original, in its pixels. */
export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A crop to an aspect ratio, around the focus (or, without one, what the attention strategy finds). */
export interface Crop {
  aspect: readonly [number, number];
  focus?: Focus;
}

export interface Variant {
  /** Where the site serves it: `/media/<stem>-<hash10>-<label>.<ext>`. */
  url: string;
  format: VariantFormat;
  width: number;
  height: number;
  crop?: Crop;
}

/**
 * Every setting that changes a derived file's bytes. Their fingerprint is part of every file's name,
 * so changing a quality renames the files and no reader's year-long cache keeps the old ones.
 *
 * Widths: the article column is `min(100vw - 2rem, 40rem)`, 640 CSS px at most; a phone 360 px wide
 * at 3× picks 1200, a desktop at 1× picks 800, at 2× 1600, at 3× 2000. AVIF at effort 3 (as Next.js):
 * effort 4 is six times slower for 1–2 % fewer bytes. Qualities are tuned on the benchmark's photo
 * (`npm run bench:images`) against the budget of 250 KB per photo on a phone and on a desktop.
 */
export const ENCODING = {
  version: 1,
  ladder: [480, 800, 1200, 1600, 2000],
  thumb: { aspect: [3, 2], widths: [200, 400, 600] },
  /** An author's portrait: a square, 160 CSS px on the profile, up to 3×. */
  portrait: { aspect: [1, 1], widths: [160, 320, 480] },
  openGraph: { width: 1200, height: 630 },
  structured: {
    aspects: [
      [16, 9],
      [4, 3],
      [1, 1],
    ],
    width: 1200,
  },
  avif: { quality: 50, effort: 3, chromaSubsampling: '4:2:0' },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 75, mozjpeg: true },
  /** Graphics: lossless PNG, or a palette PNG when it is smaller (a chart's few flat colours). */
  png: { compressionLevel: 9, effort: 7, paletteQuality: 90 },
  /** Graphics in AVIF and WebP: at a higher quality, since text and edges show artefacts first. */
  graphicAvifQuality: 70,
  graphicWebpQuality: 90,
} as const;

/** Read when a plan is made rather than once, so that a test changing a setting sees the names change. */
const fingerprint = () => createHash('sha256').update(JSON.stringify(ENCODING)).digest('hex');

const EXTENSIONS: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };
export const MIME_TYPES = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
} as const satisfies Record<VariantFormat, string>;

/** JPEG for photos; PNG for graphics, whose flat colours and edges JPEG smears. */
export function fallbackFormat(info: ImageInfo): 'jpeg' | 'png' {
  return info.graphic ? 'png' : 'jpeg';
}

/** The widest window of aspect `a:b` that fits in `width` × `height`, placed around `focus` (centre by default). */
export function cropRegion(width: number, height: number, [a, b]: readonly [number, number], focus?: Focus): Region {
  const wide = width * b > height * a;
  const w = wide ? Math.max(1, Math.round((height * a) / b)) : width;
  const h = wide ? height : Math.max(1, Math.round((width * b) / a));
  const clamp = (value: number, max: number) => Math.min(Math.max(Math.round(value), 0), max);
  const { x, y } = focus ?? { x: 0.5, y: 0.5 };
  return { left: clamp(x * width - w / 2, width - w), top: clamp(y * height - h / 2, height - h), width: w, height: h };
}

/** The ladder's widths up to the original's; the original's own width too when it stands well past the last. */
export function ladderWidths(width: number, ladder: readonly number[] = ENCODING.ladder): number[] {
  const widths = ladder.filter((step) => step <= width);
  const last = widths.at(-1);
  if (last === undefined || (width > last * 1.2 && width < ladder.at(-1)!)) widths.push(width);
  return widths;
}

type Namer = (crop: Crop | undefined, label: string, format: VariantFormat) => string;

/** `/media/<stem>-<hash10>-<label>.<ext>`: hash10 covers the original's bytes, the settings, and a crop's focus. */
function namer(source: PhotoSource): Namer {
  const stem = slugify(path.posix.basename(source.path, path.posix.extname(source.path))).slice(0, 60) || 'image';
  const settings = fingerprint();
  return (crop, label, format) => {
    const hash = createHash('sha256')
      .update(source.info.hash)
      .update(settings)
      .update(crop?.focus ? JSON.stringify(crop.focus) : '')
      .digest('hex')
      .slice(0, 10);
    return `/media/${stem}-${hash}-${label}.${EXTENSIONS[format]}`;
  };
}

function cropped(
  source: PhotoSource,
  name: Namer,
  aspect: readonly [number, number],
  label: string,
  widths: readonly number[],
  formats: readonly VariantFormat[],
): Variant[] {
  const crop: Crop = source.focus ? { aspect, focus: source.focus } : { aspect };
  const window = cropRegion(source.info.width, source.info.height, aspect);
  const fitting = widths.filter((width) => width <= window.width);
  const chosen = fitting.length > 0 ? fitting : [window.width];
  return chosen.flatMap((width) =>
    formats.map((format) => ({
      url: name(crop, widths.length > 1 ? `${label}-${width}` : label, format),
      format,
      width,
      height: Math.max(1, Math.round((width * aspect[1]) / aspect[0])),
      crop,
    })),
  );
}

const pictureFormats = (source: PhotoSource): VariantFormat[] => ['avif', 'webp', fallbackFormat(source.info)];

function fullVariants(source: PhotoSource, name = namer(source)): Variant[] {
  const { width, height } = source.info;
  return ladderWidths(width).flatMap((step) =>
    pictureFormats(source).map((format) => ({
      url: name(undefined, String(step), format),
      format,
      width: step,
      height: Math.max(1, Math.round((step * height) / width)),
    })),
  );
}

function thumbVariants(source: PhotoSource, name = namer(source)): Variant[] {
  return cropped(source, name, ENCODING.thumb.aspect, 'thumb', ENCODING.thumb.widths, pictureFormats(source));
}

function portraitVariants(source: PhotoSource, name = namer(source)): Variant[] {
  return cropped(source, name, ENCODING.portrait.aspect, 'portrait', ENCODING.portrait.widths, pictureFormats(source));
}

/** The share crops: the Open Graph / Twitter card image, and the structured-data images (16:9, 4:3, 1:1). */
export function socialImagesOf(source: PhotoSource): { openGraph: Variant; structured: Variant[] } {
  return social(source, namer(source));
}

function social(source: PhotoSource, name: Namer): { openGraph: Variant; structured: Variant[] } {
  const format = [fallbackFormat(source.info)];
  const { width, height } = ENCODING.openGraph;
  const [openGraph] = cropped(source, name, [width, height], 'og', [width], format);
  const structured = ENCODING.structured.aspects.map(
    (aspect) => cropped(source, name, aspect, aspect.join('x'), [ENCODING.structured.width], format)[0]!,
  );
  return { openGraph: openGraph!, structured };
}

export interface Picture {
  /** Of the fallback's `src`: its aspect ratio is the picture's. */
  width: number;
  height: number;
  sources: { type: 'image/avif' | 'image/webp'; srcset: string }[];
  fallback: { src: string; srcset: string; type: 'image/jpeg' | 'image/png' };
}

/** A lead photo narrower than this makes share crops below the 1,200 px Google and Facebook ask for: a warning. */
export const MIN_LEAD_WIDTH = ENCODING.structured.width;

/** Browsers without srcset (none of today's) get the width nearest this. */
const FALLBACK_SRC_WIDTH = { full: 1200, thumb: 400, portrait: 320 };
const VARIANTS_OF = { full: fullVariants, thumb: thumbVariants, portrait: portraitVariants };

/**
 * What a `<picture>` needs: AVIF and WebP sources, and the JPEG (or PNG) fallback for `<img>`.
 * `full` is the whole photo at every width of the ladder; `thumb`, a 3:2 crop for teasers (a lead
 * photo's only); `portrait`, a square (a portrait's only). The caller writes `sizes`, which
 * describes its layout.
 */
export function pictureOf(source: PhotoSource, kind: keyof typeof VARIANTS_OF): Picture {
  const variants = VARIANTS_OF[kind](source);
  const srcset = (format: VariantFormat) =>
    variants
      .filter((variant) => variant.format === format)
      .map((variant) => `${variant.url} ${variant.width}w`)
      .join(', ');
  const fallbacks = variants.filter((variant) => variant.format === fallbackFormat(source.info));
  const src = fallbacks.filter((variant) => variant.width <= FALLBACK_SRC_WIDTH[kind]).at(-1) ?? fallbacks[0]!;
  return {
    width: src.width,
    height: src.height,
    sources: (['avif', 'webp'] as const).map((format) => ({ type: MIME_TYPES[format], srcset: srcset(format) })),
    fallback: {
      src: src.url,
      srcset: srcset(fallbackFormat(source.info)),
      type: MIME_TYPES[fallbackFormat(source.info)],
    },
  };
}

/** An author's portrait: its `<picture>`, and its largest square's fallback for structured data. */
export function portraitOf(source: PhotoSource): { picture: Picture; largest: string } {
  const fallbacks = portraitVariants(source).filter((variant) => variant.format === fallbackFormat(source.info));
  return { picture: pictureOf(source, 'portrait'), largest: fallbacks.at(-1)!.url };
}

/**
 * Every file the build writes for a source: the full ladder; for a lead photo, its thumbnail and
 * share crops too; for a portrait, its squares only.
 */
export function variantsOf(source: PhotoSource): Variant[] {
  const name = namer(source);
  if (source.portrait) return portraitVariants(source, name);
  if (!source.lead) return fullVariants(source, name);
  const share = social(source, name);
  return [...fullVariants(source, name), ...thumbVariants(source, name), share.openGraph, ...share.structured];
}

/** The most pixels the decoded intermediate may have: an extreme panorama's square crop must not need the whole original. */
export const INTERMEDIATE_MAX_PIXELS = 16_000_000;

/**
 * The size the original is decoded to once, from which every variant is cut and resized: the
 * smallest that gives each variant all its pixels (never larger than the original).
 */
export function intermediateSize(info: ImageInfo, variants: readonly Variant[]): { width: number; height: number } {
  const needed = variants.map((variant) => {
    const window = variant.crop ? cropRegion(info.width, info.height, variant.crop.aspect) : info;
    return variant.width / window.width;
  });
  const cap = Math.sqrt(INTERMEDIATE_MAX_PIXELS / (info.width * info.height));
  const scale = Math.min(1, cap, Math.max(...needed));
  return { width: Math.max(1, Math.round(info.width * scale)), height: Math.max(1, Math.round(info.height * scale)) };
}
