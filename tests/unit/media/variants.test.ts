import { describe, expect, it } from 'vitest';
import type { ImageInfo } from '@/lib/media/probe';
import {
  ENCODING,
  cropRegion,
  intermediateSize,
  ladderWidths,
  pictureOf,
  socialImagesOf,
  variantsOf,
  type PhotoSource,
} from '@/lib/media/variants';

const info = (width: number, height: number, more: Partial<ImageInfo> = {}): ImageInfo => ({
  format: 'jpeg',
  width,
  height,
  orientation: 1,
  hash: 'a'.repeat(64),
  bytes: 3_700_000,
  graphic: false,
  ...more,
});

const photo = (width = 6000, height = 3400, more: Partial<PhotoSource> = {}): PhotoSource => ({
  path: '/images/Matignon Été.jpg',
  info: info(width, height),
  ...more,
});

describe('the widths of a photo', () => {
  it('follow the ladder up to the original’s width, never past it, and always at least one', () => {
    expect(ladderWidths(6000)).toEqual([480, 800, 1200, 1600, 2000]);
    expect(ladderWidths(2000)).toEqual([480, 800, 1200, 1600, 2000]);
    expect(ladderWidths(1000)).toEqual([480, 800, 1000]);
    expect(ladderWidths(850)).toEqual([480, 800]);
    expect(ladderWidths(300)).toEqual([300]);
    for (const width of [1, 299, 481, 1999, 2400, 12_000])
      expect(Math.max(...ladderWidths(width)), String(width)).toBeLessThanOrEqual(width);
  });

  it('give every variant of the full photo the original’s displayed proportions', () => {
    const portrait = photo(1500, 2000, { info: info(1500, 2000, { orientation: 6 }) });
    const full = variantsOf(portrait);
    expect(full.map((variant) => [variant.width, variant.height])).toContainEqual([1200, 1600]);
    for (const variant of full) expect(variant.height / variant.width).toBeCloseTo(2000 / 1500, 2);
  });
});

describe('the names of the derived files', () => {
  it('are /media/<stem>-<hash10>-<label>.<ext>, one per file', () => {
    const urls = variantsOf(photo(6000, 3400, { lead: true })).map((variant) => variant.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^\/media\/matignon-ete-[0-9a-f]{10}-[a-z0-9-]+\.(avif|webp|jpg)$/);
    expect(urls).toContain(urls[0]!.replace(/-480\.avif$/, '-2000.webp'));
    expect(urls.filter((url) => /-(og|16x9|4x3|1x1)\.jpg$/.test(url))).toHaveLength(4);
  });

  it('change with the original’s bytes and with any encoding setting', () => {
    const before = variantsOf(photo()).map((variant) => variant.url);
    const otherBytes = variantsOf({ ...photo(), info: { ...photo().info, hash: 'b'.repeat(64) } });
    expect(otherBytes.map((variant) => variant.url).filter((url) => before.includes(url))).toEqual([]);

    const settings = ENCODING.avif as { quality: number };
    const quality = settings.quality;
    settings.quality = quality + 1;
    try {
      const after = variantsOf(photo()).map((variant) => variant.url);
      expect(after.filter((url) => before.includes(url))).toEqual([]);
    } finally {
      settings.quality = quality;
    }
    expect(variantsOf(photo()).map((variant) => variant.url)).toEqual(before);
  });

  it('of crops change with the focus; those of the whole photo do not', () => {
    const centred = variantsOf(photo(6000, 3400, { lead: true }));
    const focused = variantsOf(photo(6000, 3400, { lead: true, focus: { x: 0.2, y: 0.3 } }));
    for (const [index, variant] of centred.entries()) {
      if (variant.crop) expect(focused[index]!.url).not.toBe(variant.url);
      else expect(focused[index]!.url).toBe(variant.url);
    }
  });
});

describe('crops', () => {
  it('take the widest window of their aspect, around the focus, inside the photo', () => {
    expect(cropRegion(6000, 3400, [1, 1])).toEqual({ left: 1300, top: 0, width: 3400, height: 3400 });
    expect(cropRegion(6000, 3400, [1, 1], { x: 0, y: 0.5 })).toEqual({ left: 0, top: 0, width: 3400, height: 3400 });
    expect(cropRegion(6000, 3400, [1, 1], { x: 0.95, y: 0 })).toEqual({
      left: 2600,
      top: 0,
      width: 3400,
      height: 3400,
    });
    expect(cropRegion(1500, 2000, [16, 9], { x: 0.5, y: 0.1 })).toEqual({ left: 0, top: 0, width: 1500, height: 844 });
  });

  it('give the share images their sizes: 1200 × 630 and 16:9, 4:3, 1:1 at 1,200 px, or as wide as the photo allows', () => {
    const sizes = (source: PhotoSource) => {
      const { openGraph, structured } = socialImagesOf(source);
      return [openGraph, ...structured].map((variant) => [variant.width, variant.height, variant.format]);
    };
    expect(sizes(photo())).toEqual([
      [1200, 630, 'jpeg'],
      [1200, 675, 'jpeg'],
      [1200, 900, 'jpeg'],
      [1200, 1200, 'jpeg'],
    ]);
    expect(sizes(photo(1000, 800))).toEqual([
      [1000, 525, 'jpeg'],
      [1000, 563, 'jpeg'],
      [1000, 750, 'jpeg'],
      [800, 800, 'jpeg'],
    ]);
    expect(sizes({ ...photo(1600, 1000), info: info(1600, 1000, { format: 'png', graphic: true }) })[0]).toEqual([
      1200,
      630,
      'png',
    ]);
  });

  it('make a 3:2 thumbnail at a few small widths, for a lead photo only', () => {
    const thumb = pictureOf(photo(6000, 3400, { lead: true }), 'thumb');
    expect(thumb.fallback.srcset).toMatch(/-thumb-200\.jpg 200w, .*-thumb-400\.jpg 400w, .*-thumb-600\.jpg 600w$/);
    expect([thumb.width, thumb.height]).toEqual([400, 267]);
    const lead = variantsOf(photo(6000, 3400, { lead: true })).map((variant) => variant.url);
    for (const url of thumb.sources.flatMap((source) => source.srcset.split(', ').map((entry) => entry.split(' ')[0])))
      expect(lead).toContain(url);
    expect(variantsOf(photo()).some((variant) => variant.crop)).toBe(false);
  });
});

describe('pictureOf', () => {
  it('gives AVIF and WebP sources and a JPEG fallback for a photo, every width in each', () => {
    const picture = pictureOf(photo(), 'full');
    expect(picture.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
    for (const source of picture.sources)
      expect(source.srcset.split(', ').map((entry) => entry.split(' ')[1])).toEqual([
        '480w',
        '800w',
        '1200w',
        '1600w',
        '2000w',
      ]);
    expect(picture.fallback.type).toBe('image/jpeg');
    expect(picture.fallback.src).toMatch(/-1200\.jpg$/);
    expect([picture.width, picture.height]).toEqual([1200, 680]);
  });

  it('keeps PNG as the fallback of a graphic, and names only files the build writes', () => {
    const chart: PhotoSource = { path: '/images/chart.png', info: info(640, 400, { format: 'png', graphic: true }) };
    const picture = pictureOf(chart, 'full');
    expect(picture.fallback).toMatchObject({ type: 'image/png', src: expect.stringMatching(/-640\.png$/) });
    const written = new Set(variantsOf(chart).map((variant) => variant.url));
    const named = [...picture.sources.map((source) => source.srcset), picture.fallback.srcset].flatMap((srcset) =>
      srcset.split(', ').map((entry) => entry.split(' ')[0]!),
    );
    expect(named).toHaveLength(6);
    for (const url of named) expect(written).toContain(url);
  });
});

describe('intermediateSize', () => {
  it('is the smallest size every variant can be cut from, never larger than the original', () => {
    expect(intermediateSize(info(6000, 3400), variantsOf(photo()))).toEqual({ width: 2000, height: 1133 });
    // The square share crop needs 1,200 px of the photo's 3,400 px height.
    expect(intermediateSize(info(6000, 3400), variantsOf(photo(6000, 3400, { lead: true })))).toEqual({
      width: 2118,
      height: 1200,
    });
    expect(intermediateSize(info(640, 400), variantsOf(photo(640, 400, { lead: true })))).toEqual({
      width: 640,
      height: 400,
    });
  });
});
