/**
 * What a file's bytes say it is, without decoding a pixel: its kind (from its first bytes), and for
 * the formats the site publishes, the size its header claims, its EXIF orientation, and whether the
 * file holds its whole structure (a JPEG up to its end-of-image marker, a PNG up to IEND, every
 * RIFF chunk or ISOBMFF box inside the file). Pure functions of a buffer: `npm run check` runs them
 * on every photo, so they walk the structure and never look at compressed data but to skip it.
 */

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff';

/** A kind of file the site does not publish, named for an editor, with what to do instead. */
export interface OtherKind {
  /** "HTML text", "a HEIC photo"… */
  name: string;
  /** True for images of a format the site does not take (they get advice rather than "not an image"). */
  image: boolean;
  advice?: string;
}

export type Sniffed = { format: ImageFormat } | { other: OtherKind };

export interface Structure {
  width: number;
  height: number;
  /** EXIF orientation, 1 to 8 (1 when the file has none). */
  orientation: number;
  /** What is missing when the file stops before its structure ends; undefined when it is whole. */
  truncated?: string;
}

/** The header cannot be read at all: the file is damaged (or not what its first bytes say). */
export class DamagedHeader extends Error {}

/** The file stops before its header does: cut so short that not even its size is left. */
export class CutHeader extends DamagedHeader {}

const ascii = (bytes: Buffer, start: number, end: number) => bytes.toString('latin1', start, end);

const RAW_ADVICE = 'develop it and export it as JPEG';
const EXPORT_JPEG = 'export it as JPEG';

const heic: OtherKind = {
  name: 'a HEIC photo (the iPhone’s format)',
  image: true,
  advice: 'export it as JPEG (on the iPhone: Settings › Camera › Formats › Most Compatible, or share it by mail)',
};

/** Brands of the ISOBMFF `ftyp` box, major or compatible. */
function isobmffKind(bytes: Buffer): Sniffed {
  const size = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, at + 4));
  if (brands.includes('avif') || brands.includes('avis')) return { format: 'avif' };
  if (brands.some((brand) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis'].includes(brand))) return { other: heic };
  if (brands.includes('mif1') || brands.includes('msf1'))
    return { other: { name: 'a HEIF image', image: true, advice: EXPORT_JPEG } };
  if (brands.includes('crx '))
    return { other: { name: 'a camera RAW file (Canon CR3)', image: true, advice: RAW_ADVICE } };
  if (brands.some((brand) => brand.startsWith('qt') || brand.startsWith('mp4') || brand.startsWith('iso')))
    return { other: { name: 'an MP4 or QuickTime video', image: false } };
  return { other: { name: `an ISO media file (brand ${JSON.stringify(brands[0])})`, image: false } };
}

/** Text: what kind, from its first characters (a web page saved in place of a photo is the usual one). */
function textKind(bytes: Buffer): OtherKind | undefined {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return undefined;
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (text.includes('<svg'))
    return {
      name: 'an SVG drawing',
      image: true,
      advice: 'export it as PNG: an SVG can carry scripts and links, so the site does not publish one',
    };
  if (/^<(!doctype html|html|head|body|meta|title|div|p|script|!--)[\s>]/.test(text))
    return { name: 'HTML text (a web page, perhaps one saved in place of the image)', image: false };
  if (text.startsWith('<?xml')) return { name: 'XML text', image: false };
  if (text.startsWith('{') || text.startsWith('[')) return { name: 'JSON text', image: false };
  // Printable text: no control characters but tabs and line breaks.
  if (!/[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(text)) return { name: 'plain text', image: false };
  return undefined;
}

const MAGIC: [signature: number[], kind: OtherKind][] = [
  [[0x00, 0x00, 0x01, 0x00], { name: 'an ICO icon', image: true, advice: 'save it as PNG' }],
  [[0x00, 0x00, 0x02, 0x00], { name: 'a CUR cursor', image: true, advice: 'save it as PNG' }],
  [
    [0x38, 0x42, 0x50, 0x53],
    { name: 'a Photoshop document (PSD)', image: true, advice: 'export it as JPEG (File › Export › Export As…)' },
  ],
  [[0xff, 0x0a], { name: 'a JPEG XL image', image: true, advice: EXPORT_JPEG + ': most browsers cannot show it' }],
  [
    [0x00, 0x00, 0x00, 0x0c, 0x4a, 0x58, 0x4c, 0x20],
    { name: 'a JPEG XL image', image: true, advice: EXPORT_JPEG + ': most browsers cannot show it' },
  ],
  [
    [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20],
    { name: 'a JPEG 2000 image', image: true, advice: EXPORT_JPEG + ': most browsers cannot show it' },
  ],
  [[0x25, 0x50, 0x44, 0x46], { name: 'a PDF document', image: false }],
  [[0x50, 0x4b, 0x03, 0x04], { name: 'a ZIP archive (or an Office document)', image: false }],
  [[0x1f, 0x8b], { name: 'a gzip archive', image: false }],
  [[0x52, 0x61, 0x72, 0x21], { name: 'a RAR archive', image: false }],
  [[0x37, 0x7a, 0xbc, 0xaf], { name: 'a 7-Zip archive', image: false }],
  [[0x49, 0x44, 0x33], { name: 'an MP3 file', image: false }],
  [[0x4f, 0x67, 0x67, 0x53], { name: 'an Ogg media file', image: false }],
  [[0x1a, 0x45, 0xdf, 0xa3], { name: 'a WebM or Matroska video', image: false }],
  [[0x4d, 0x5a], { name: 'a Windows program', image: false }],
  [[0x7f, 0x45, 0x4c, 0x46], { name: 'a program (ELF)', image: false }],
];

const startsWith = (bytes: Buffer, signature: number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/** "BM" and the size of one of the BMP info headers: text starting with "BM" is not taken for one. */
const isBmp = (bytes: Buffer) =>
  ascii(bytes, 0, 2) === 'BM' && bytes.length >= 18 && [12, 40, 52, 56, 64, 108, 124].includes(bytes.readUInt32LE(14));

/** What the file is, from its first bytes. */
export function sniff(bytes: Buffer): Sniffed {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { format: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { format: 'png' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { format: 'gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && bytes.length >= 12) {
    const form = ascii(bytes, 8, 12);
    if (form === 'WEBP') return { format: 'webp' };
    return {
      other: { name: form === 'AVI ' ? 'an AVI video' : form === 'WAVE' ? 'a WAV sound' : 'a RIFF file', image: false },
    };
  }
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === 'ftyp') return isobmffKind(bytes);
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    if (ascii(bytes, 8, 10) === 'CR')
      return { other: { name: 'a camera RAW file (Canon CR2)', image: true, advice: RAW_ADVICE } };
    return { format: 'tiff' };
  }
  if (startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b]))
    return { other: { name: 'a BigTIFF image', image: true, advice: EXPORT_JPEG } };
  if (startsWith(bytes, [0x49, 0x49, 0x55, 0x00]) || startsWith(bytes, [0x49, 0x49, 0x52, 0x4f]))
    return { other: { name: 'a camera RAW file (Panasonic or Olympus)', image: true, advice: RAW_ADVICE } };
  if (ascii(bytes, 0, 8) === 'FUJIFILM')
    return { other: { name: 'a camera RAW file (Fujifilm RAF)', image: true, advice: RAW_ADVICE } };
  if (isBmp(bytes)) return { other: { name: 'a BMP image', image: true, advice: 'save it as PNG' } };
  for (const [signature, kind] of MAGIC) if (startsWith(bytes, signature)) return { other: kind };
  const text = textKind(bytes);
  if (text) return { other: text };
  const first = [...bytes.subarray(0, 4)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
  return { other: { name: `data of no known kind (it starts with the bytes ${first})`, image: false } };
}

/** The orientation tag (274) of the TIFF structure EXIF is made of, starting at `start`; 1 without one. */
function exifOrientation(bytes: Buffer, start: number, end = bytes.length): number {
  try {
    const ifd = new Ifd(bytes.subarray(start, end));
    const value = ifd.entries(ifd.first()).get(274)?.values(1)[0];
    return value !== undefined && value >= 1 && value <= 8 ? value : 1;
  } catch {
    return 1;
  }
}

const TYPE_SIZES: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
};

/** The directories of a TIFF structure (a TIFF file, or the EXIF block of a JPEG, PNG or WebP). */
class Ifd {
  private readonly little: boolean;

  constructor(readonly bytes: Buffer) {
    const order = ascii(bytes, 0, 2);
    if (order !== 'II' && order !== 'MM') throw new DamagedHeader('no TIFF byte order');
    this.little = order === 'II';
  }

  u16 = (at: number) => (this.little ? this.bytes.readUInt16LE(at) : this.bytes.readUInt16BE(at));
  u32 = (at: number) => (this.little ? this.bytes.readUInt32LE(at) : this.bytes.readUInt32BE(at));

  first(): number {
    return this.u32(4);
  }

  entries(offset: number) {
    const count = this.u16(offset);
    const found = new Map<number, { values: (max: number) => number[] }>();
    for (let index = 0; index < count; index++) {
      const at = offset + 2 + index * 12;
      const [tag, type, length] = [this.u16(at), this.u16(at + 2), this.u32(at + 4)];
      const size = TYPE_SIZES[type] ?? 1;
      const valueAt = size * length <= 4 ? at + 8 : this.u32(at + 8);
      found.set(tag, {
        values: (max) => {
          if (type !== 3 && type !== 4) return [];
          const wanted = Math.min(length, max);
          if (valueAt + wanted * size > this.bytes.length) throw new RangeError('a TIFF value lies past the end');
          return Array.from({ length: wanted }, (_, i) =>
            type === 3 ? this.u16(valueAt + i * 2) : this.u32(valueAt + i * 4),
          );
        },
      });
    }
    return found;
  }
}

function claimed(width: number, height: number, orientation = 1, truncated?: string): Structure {
  return { width, height, orientation, ...(truncated ? { truncated } : {}) };
}

const isStandalone = (marker: number) => (marker >= 0xd0 && marker <= 0xd8) || marker === 0x01;
const isFrameHeader = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

/**
 * A JPEG, marker by marker up to its end-of-image marker; the entropy-coded data after each scan is
 * skipped by looking for the next marker (in it, every 0xFF is followed by 0x00 or a restart
 * marker). Whatever follows the end of the image (a phone's motion-photo video) is not looked at.
 */
function jpeg(bytes: Buffer): Structure {
  let width = 0;
  let height = 0;
  let orientation = 1;
  let frame = false;
  let at = 2;
  const cut = (what: string) => {
    if (!frame) throw new CutHeader('the JPEG stops before its frame header');
    return claimed(width, height, orientation, what);
  };
  while (true) {
    at = bytes.indexOf(0xff, at);
    while (at !== -1 && bytes[at + 1] === 0xff) at++;
    if (at === -1 || at + 1 >= bytes.length) return cut('the JPEG stops before its end-of-image marker');
    const marker = bytes[at + 1]!;
    if (marker === 0xd9) {
      if (!frame) throw new DamagedHeader('the JPEG has no frame header');
      return claimed(width, height, orientation);
    }
    if (isStandalone(marker) || marker === 0x00) {
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) return cut('the JPEG stops inside a segment');
    const end = at + 2 + bytes.readUInt16BE(at + 2);
    if (end > bytes.length) return cut('the JPEG stops inside a segment');
    if (isFrameHeader(marker) && !frame) {
      if (end < at + 9) throw new DamagedHeader('the JPEG frame header is too short');
      [height, width, frame] = [bytes.readUInt16BE(at + 5), bytes.readUInt16BE(at + 7), true];
    } else if (marker === 0xe1 && ascii(bytes, at + 4, at + 10) === 'Exif\0\0') {
      orientation = exifOrientation(bytes, at + 10, end);
    } else if (marker === 0xda && !frame) {
      throw new DamagedHeader('the JPEG image data comes before its frame header');
    }
    at = end;
    if (marker === 0xda) {
      // The scan's data runs up to the next marker that is neither a stuffed 0xFF nor a restart.
      do {
        at = bytes.indexOf(0xff, at);
        if (at === -1) return cut('the JPEG stops in the middle of its image data');
        while (bytes[at + 1] === 0xff) at++;
        const next = bytes[at + 1];
        if (next === undefined) return cut('the JPEG stops in the middle of its image data');
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) at += 2;
        else break;
      } while (true);
    }
  }
}

function png(bytes: Buffer): Structure {
  let at = 8;
  let size: [number, number] | undefined;
  let orientation = 1;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = ascii(bytes, at + 4, at + 8);
    const end = at + 12 + length;
    if (!size) {
      if (type !== 'IHDR' || length < 8 || at + 16 > bytes.length)
        throw new DamagedHeader('the PNG does not start with its IHDR header');
      size = [bytes.readUInt32BE(at + 8), bytes.readUInt32BE(at + 12)];
    }
    if (end > bytes.length) return claimed(...size, orientation, `the PNG stops inside its ${type} chunk`);
    if (type === 'eXIf') orientation = exifOrientation(bytes, at + 8, at + 8 + length);
    if (type === 'IEND') return claimed(...size, orientation);
    at = end;
  }
  if (!size) throw new CutHeader('the PNG stops before its IHDR header');
  return claimed(...size, orientation, 'the PNG stops before its IEND chunk');
}

function gif(bytes: Buffer): Structure {
  if (bytes.length < 13) throw new CutHeader('the GIF stops inside its header');
  const [width, height] = [bytes.readUInt16LE(6), bytes.readUInt16LE(8)];
  const table = (flags: number) => (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  const cut = claimed(width, height, 1, 'the GIF stops before its trailer');
  let at = 13 + table(bytes[10]!);
  const skipSubBlocks = () => {
    while (at < bytes.length) {
      const length = bytes[at]!;
      at += 1 + length;
      if (length === 0) return true;
    }
    return false;
  };
  while (at < bytes.length) {
    const block = bytes[at];
    if (block === 0x3b) return claimed(width, height);
    if (block === 0x21) {
      at += 2;
      if (!skipSubBlocks()) return cut;
    } else if (block === 0x2c) {
      if (at + 10 > bytes.length) return cut;
      at += 10 + table(bytes[at + 9]!) + 1;
      if (!skipSubBlocks()) return cut;
    } else {
      throw new DamagedHeader(`the GIF has an unknown block at byte ${at}`);
    }
  }
  return cut;
}

function webp(bytes: Buffer): Structure {
  const riffEnd = 8 + bytes.readUInt32LE(4);
  let size: [number, number] | undefined;
  let orientation = 1;
  let truncated = riffEnd > bytes.length ? 'the WebP is shorter than its RIFF header says' : undefined;
  for (let at = 12; at + 8 <= Math.min(riffEnd, bytes.length);) {
    const type = ascii(bytes, at, at + 4);
    const length = bytes.readUInt32LE(at + 4);
    const data = at + 8;
    if (data + length > bytes.length) {
      truncated ??= `the WebP stops inside its ${type.trim()} chunk`;
      if (size || data + 10 > bytes.length) break;
    }
    if (type === 'VP8X' && data + 10 <= bytes.length)
      size ??= [bytes.readUIntLE(data + 4, 3) + 1, bytes.readUIntLE(data + 7, 3) + 1];
    else if (type === 'VP8 ' && data + 10 <= bytes.length && bytes.readUIntBE(data + 3, 3) === 0x9d012a)
      size ??= [bytes.readUInt16LE(data + 6) & 0x3fff, bytes.readUInt16LE(data + 8) & 0x3fff];
    else if (type === 'VP8L' && data + 5 <= bytes.length && bytes[data] === 0x2f) {
      const bits = bytes.readUInt32LE(data + 1);
      size ??= [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
    } else if (type === 'EXIF' && data + length <= bytes.length) {
      const exif = ascii(bytes, data, data + 6) === 'Exif\0\0' ? data + 6 : data;
      orientation = exifOrientation(bytes, exif, data + length);
    }
    at = data + length + (length % 2);
  }
  if (!size) throw truncated ? new CutHeader(truncated) : new DamagedHeader('the WebP has no image header');
  return claimed(...size, orientation, truncated);
}

interface Box {
  type: string;
  start: number;
  /** Where its content starts (after its size, type and, for a full box, version and flags). */
  data: number;
  end: number;
}

/** The boxes between `start` and `end`; a box that claims to go past `end` is returned cut, with `past` set. */
function boxes(bytes: Buffer, start: number, end: number): { list: Box[]; past?: Box } {
  const list: Box[] = [];
  for (let at = start; at + 8 <= end;) {
    let size = bytes.readUInt32BE(at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > end) return { list, past: { type: ascii(bytes, at + 4, at + 8), start: at, data: at + 16, end } };
      size = Number(bytes.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) {
      size = end - at;
    }
    const box = { type: ascii(bytes, at + 4, at + 8), start: at, data: at + header, end: at + size };
    if (size < header) throw new DamagedHeader(`the ${box.type} box has an impossible size`);
    if (box.end > end) return { list, past: box };
    list.push(box);
    at = box.end;
  }
  return { list };
}

const child = (bytes: Buffer, parent: Box, type: string, skip = 0) =>
  boxes(bytes, parent.data + skip, parent.end).list.find((box) => box.type === type);

/** Reads an unsigned integer of `size` bytes (0, 4 or 8) at `at`. */
function uint(bytes: Buffer, at: number, size: number): number {
  if (size === 0) return 0;
  return size === 8 ? Number(bytes.readBigUInt64BE(at)) : size === 4 ? bytes.readUInt32BE(at) : bytes.readUInt16BE(at);
}

/**
 * An AVIF: the ISOBMFF boxes at the top level must fit in the file, and so must every extent the
 * item location box (iloc) gives, which covers a media-data box that runs "to the end of the file".
 * The size is the primary item's `ispe`, turned by its `irot`.
 */
function avif(bytes: Buffer): Structure {
  const top = boxes(bytes, 0, bytes.length);
  const meta = top.list.find((box) => box.type === 'meta');
  if (!meta) {
    if (top.past) throw new CutHeader(`the AVIF stops inside its ${top.past.type} box, before its header`);
    throw new DamagedHeader('the AVIF has no meta box');
  }
  const pitm = child(bytes, meta, 'pitm', 4);
  const primary = pitm
    ? bytes[pitm.data] === 0
      ? bytes.readUInt16BE(pitm.data + 4)
      : bytes.readUInt32BE(pitm.data + 4)
    : undefined;
  const iprp = child(bytes, meta, 'iprp', 4);
  const ipco = iprp && child(bytes, iprp, 'ipco');
  if (!ipco) throw new DamagedHeader('the AVIF has no item properties');
  const properties = boxes(bytes, ipco.data, ipco.end).list;
  const ipma = iprp && child(bytes, iprp, 'ipma');
  let associated = properties;
  if (ipma && primary !== undefined) {
    const [version, flags] = [bytes[ipma.data]!, bytes[ipma.data + 3]!];
    let at = ipma.data + 8;
    for (let entry = 0, count = bytes.readUInt32BE(ipma.data + 4); entry < count; entry++) {
      const item = version < 1 ? bytes.readUInt16BE(at) : bytes.readUInt32BE(at);
      at += version < 1 ? 2 : 4;
      const links = bytes[at++]!;
      const indexes: number[] = [];
      for (let link = 0; link < links; link++) {
        indexes.push(flags & 1 ? bytes.readUInt16BE(at) & 0x7fff : bytes[at]! & 0x7f);
        at += flags & 1 ? 2 : 1;
      }
      if (item === primary)
        associated = indexes.flatMap((index) => (properties[index - 1] ? [properties[index - 1]!] : []));
    }
  }
  const ispe = associated.find((box) => box.type === 'ispe');
  if (!ispe) throw new DamagedHeader('the AVIF has no image size (ispe)');
  const irot = associated.find((box) => box.type === 'irot');
  const quarterTurns = irot ? bytes[irot.data]! & 3 : 0;
  const [width, height] = [bytes.readUInt32BE(ispe.data + 4), bytes.readUInt32BE(ispe.data + 8)];
  const size: [number, number] = quarterTurns % 2 ? [height, width] : [width, height];
  // EXIF orientation does not apply to AVIF: irot and imir are its orientation, applied on decoding.
  if (top.past) return claimed(...size, 1, `the AVIF stops inside its ${top.past.type} box`);
  const end = lastExtent(bytes, meta);
  return claimed(...size, 1, end > bytes.length ? 'the AVIF stops before the end of its image data' : undefined);
}

/** The end of the last byte range the item location box points to in the file itself. */
function lastExtent(bytes: Buffer, meta: Box): number {
  const iloc = child(bytes, meta, 'iloc', 4);
  if (!iloc) return 0;
  const version = bytes[iloc.data]!;
  let at = iloc.data + 4;
  const [sizes, more] = [bytes[at]!, bytes[at + 1]!];
  const [offsetSize, lengthSize, baseSize, indexSize] = [
    sizes >> 4,
    sizes & 15,
    more >> 4,
    version > 0 ? more & 15 : 0,
  ];
  at += 2;
  const items = version < 2 ? bytes.readUInt16BE(at) : bytes.readUInt32BE(at);
  at += version < 2 ? 2 : 4;
  let last = 0;
  for (let item = 0; item < items; item++) {
    at += version < 2 ? 2 : 4;
    const method = version > 0 ? bytes.readUInt16BE(at) & 15 : 0;
    at += (version > 0 ? 2 : 0) + 2;
    const base = uint(bytes, at, baseSize);
    at += baseSize;
    const extents = bytes.readUInt16BE(at);
    at += 2;
    for (let extent = 0; extent < extents; extent++) {
      at += indexSize;
      const offset = uint(bytes, at, offsetSize);
      const length = uint(bytes, at + offsetSize, lengthSize);
      at += offsetSize + lengthSize;
      if (method === 0) last = Math.max(last, base + offset + length);
    }
  }
  return last;
}

/** A classic TIFF: its first directory, with every strip or tile it points to inside the file. */
function tiff(bytes: Buffer): Structure {
  const ifd = new Ifd(bytes);
  // Many writers put the directory after the image data: a cut file loses it first.
  if (ifd.first() + 2 > bytes.length) throw new CutHeader('the TIFF stops before its directory');
  const entries = ifd.entries(ifd.first());
  const one = (tag: number) => entries.get(tag)?.values(1)[0];
  const width = one(256);
  const height = one(257);
  if (width === undefined || height === undefined) throw new DamagedHeader('the TIFF has no image size');
  const orientation = one(274) ?? 1;
  const [offsets, counts] = entries.has(324)
    ? [entries.get(324), entries.get(325)]
    : [entries.get(273), entries.get(279)];
  // A directory never has more strips than the file has bytes: the cap bounds the reading.
  const starts = offsets?.values(bytes.length) ?? [];
  const lengths = counts?.values(bytes.length) ?? [];
  const end = starts.reduce((last, start, index) => Math.max(last, start + (lengths[index] ?? 0)), 0);
  const truncated =
    end > bytes.length || starts.length === 0 ? 'the TIFF stops before the end of its image data' : undefined;
  return claimed(width, height, orientation >= 1 && orientation <= 8 ? orientation : 1, truncated);
}

const READERS: Record<ImageFormat, (bytes: Buffer) => Structure> = { jpeg, png, gif, webp, avif, tiff };

/**
 * The size, orientation and completeness of an image of a known format. Throws DamagedHeader when
 * the header itself cannot be read (a RangeError from a read past the end counts as one).
 */
export function readStructure(format: ImageFormat, bytes: Buffer): Structure {
  try {
    return READERS[format](bytes);
  } catch (error) {
    if (error instanceof DamagedHeader) throw error;
    if (error instanceof RangeError)
      throw new DamagedHeader(`the ${format.toUpperCase()} header is cut short or inconsistent`);
    throw error;
  }
}
