import sharp, { type Sharp } from 'sharp';
import { MAX_PIXELS, type ImageInfo } from './probe';
import { ENCODING, cropRegion, intermediateSize, type Crop, type Focus, type Variant } from './variants';

/** The original could not be decoded: corrupt past its header, or refused by a limit. */
export class DecodeError extends Error {}

interface Intermediate {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

/**
 * Decodes the original once, upright (EXIF orientation applied) and in sRGB (its ICC profile
 * applied, then dropped), at the smallest size every variant can be cut from: a JPEG is shrunk
 * while it is decoded, so a 50-megapixel photo never lies whole in memory.
 */
async function decode(file: string, info: ImageInfo, variants: readonly Variant[]): Promise<Intermediate> {
  const { width, height } = intermediateSize(info, variants);
  try {
    const { data, info: decoded } = await sharp(file, {
      limitInputPixels: MAX_PIXELS,
      failOn: 'truncated',
      autoOrient: true,
    })
      .resize(width, height, { fit: 'fill' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: decoded.width, height: decoded.height, channels: decoded.channels };
  } catch (error) {
    const reason = error instanceof Error ? error.message.trim() : String(error);
    throw new DecodeError(
      /pixel limit/.test(reason)
        ? `cannot be decoded: it has more than ${MAX_PIXELS / 1e6} megapixels (${reason})`
        : `cannot be decoded: the file is damaged past its header (${reason})`,
    );
  }
}

const pixels = ({ data, width, height, channels }: Intermediate): Sharp =>
  sharp(data, { raw: { width, height, channels } });

/** Where the attention strategy finds the centre of interest of a crop of `aspect`, as fractions. */
async function attention(intermediate: Intermediate, aspect: Crop['aspect']): Promise<Focus> {
  const window = cropRegion(intermediate.width, intermediate.height, aspect);
  const { info } = await pixels(intermediate)
    .resize(window.width, window.height, { fit: 'cover', position: 'attention' })
    .toBuffer({ resolveWithObject: true });
  const { attentionX = intermediate.width / 2, attentionY = intermediate.height / 2 } = info;
  return { x: attentionX / intermediate.width, y: attentionY / intermediate.height };
}

function encoded(image: Sharp, variant: Variant, graphic: boolean): Promise<Buffer> {
  switch (variant.format) {
    case 'avif':
      return image
        .avif({
          quality: graphic ? ENCODING.graphicAvifQuality : ENCODING.avif.quality,
          effort: ENCODING.avif.effort,
          chromaSubsampling: graphic ? '4:4:4' : ENCODING.avif.chromaSubsampling,
        })
        .toBuffer();
    case 'webp':
      return image
        .webp({ quality: graphic ? ENCODING.graphicWebpQuality : ENCODING.webp.quality, effort: ENCODING.webp.effort })
        .toBuffer();
    case 'jpeg':
      // A photo with transparency (a WebP, an AVIF) is laid on white, as the page shows it.
      return image.flatten({ background: '#ffffff' }).jpeg(ENCODING.jpeg).toBuffer();
    case 'png':
      return smallerPng(image);
  }
}

async function smallerPng(image: Sharp): Promise<Buffer> {
  const { compressionLevel, effort, paletteQuality } = ENCODING.png;
  const [full, palette] = await Promise.all([
    image.clone().png({ compressionLevel }).toBuffer(),
    image.clone().png({ compressionLevel, palette: true, quality: paletteQuality, effort }).toBuffer(),
  ]);
  return palette.length < full.length ? palette : full;
}

/**
 * Every variant of one original, in order, from one decoding. The files carry no metadata at all:
 * no EXIF (GPS, camera serial, dates), no XMP (editing history), no ICC profile (the pixels are
 * sRGB, what browsers assume without one). Throws DecodeError when the original cannot be decoded.
 */
export async function encodeVariants(file: string, info: ImageInfo, variants: readonly Variant[]): Promise<Buffer[]> {
  if (variants.length === 0) return [];
  const intermediate = await decode(file, info, variants);
  const focuses = new Map<string, Promise<Focus>>();
  const focusOf = (crop: Crop) => {
    if (crop.focus) return Promise.resolve(crop.focus);
    const key = crop.aspect.join(':');
    if (!focuses.has(key)) focuses.set(key, attention(intermediate, crop.aspect));
    return focuses.get(key)!;
  };
  const results: Buffer[] = [];
  // One at a time: the process's memory is the intermediate and one encoder, whatever the photo.
  for (const variant of variants) {
    let image = pixels(intermediate);
    if (variant.crop) {
      const region = cropRegion(
        intermediate.width,
        intermediate.height,
        variant.crop.aspect,
        await focusOf(variant.crop),
      );
      image = image.extract(region);
    }
    image = image.resize(variant.width, variant.height, { fit: 'fill' });
    try {
      results.push(await encoded(image, variant, info.graphic));
    } catch (error) {
      throw new DecodeError(`cannot be encoded as ${variant.url}: ${error instanceof Error ? error.message : error}`);
    }
  }
  return results;
}

/** One variant alone (the preview server derives a file when a page asks for it). */
export async function encodeVariant(file: string, info: ImageInfo, variant: Variant): Promise<Buffer> {
  const [bytes] = await encodeVariants(file, info, [variant]);
  return bytes!;
}
