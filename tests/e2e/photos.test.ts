import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CAMERA } from '../fixtures/photos';
import { launchBrowser, openPage, scrollToEnd } from './browser';
import { generated } from './fixtures';
import { absolute, fetchOk, parseHtml } from './http';
import { projectRoot } from './processes';

/**
 * Photos as a newspaper serves them: the photographer's 20-megapixel original, a phone's sideways
 * portrait and a PNG chart (tests/e2e/fixtures.ts) reach readers as files made for their screens,
 * upright, without a byte of the originals' metadata, and without moving the page as they arrive.
 */
const outDir = inject('outDir');
const articlePath = '/articles/updated-article';
const originals = Object.values(generated.photos).map((photo) => ({
  ...photo,
  file: path.join(projectRoot, '.e2e/content', photo.path),
}));

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 };
const KB = 1000;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Every image a page fetches once scrolled to its end (lazy ones included), with its bytes on the wire. */
async function imagesFetched(url: string, options: BrowserContextOptions) {
  const images: { url: string; bytes: number; type: string }[] = [];
  let total = 0;
  const { page, close } = await openPage(browser, url, options, async (context) => {
    context.on('requestfinished', async (request) => {
      const { responseBodySize } = await request.sizes();
      total += responseBodySize;
      const response = await request.response();
      if (request.resourceType() === 'image')
        images.push({ url: request.url(), bytes: responseBodySize, type: response?.headers()['content-type'] ?? '' });
    });
  });
  await scrollToEnd(page);
  await close();
  return { images, total };
}

describe('the photos the build wrote', () => {
  const media = filesOf(path.join(outDir, 'media'));

  it('are derived files only: no original is published, under its name or another', () => {
    expect(media.length).toBeGreaterThan(20);
    const published = new Set(filesOf(outDir).map((file) => sha256(readFileSync(file))));
    for (const original of originals)
      expect(published.has(sha256(readFileSync(original.file))), original.path).toBe(false);
    expect(filesOf(outDir).filter((file) => file.includes(`${path.sep}images${path.sep}`))).toEqual([]);
  });

  it('carry none of the originals’ metadata: no GPS, no camera, no serial number, no editing history', async () => {
    for (const file of media.filter((name) => !/\.(br|gz)$/.test(name))) {
      const bytes = readFileSync(file);
      const metadata = await sharp(bytes).metadata();
      expect([metadata.exif, metadata.xmp, metadata.iptc, metadata.icc], file).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      // The GPS position is in the EXIF block, which no file has (sharp reads none above), not even a stray one.
      for (const trace of [CAMERA.serial, CAMERA.make, 'Lightroom', 'Exif\0\0', 'ns.adobe.com/xap'])
        expect(bytes.includes(trace), `${path.basename(file)} holds ${trace}`).toBe(false);
    }
  });

  it('turn the phone’s sideways photo upright: red at the top, blue at the bottom', async () => {
    const html = (await fetchOk(articlePath, /^text\/html/)).text;
    const img = [...parseHtml(html).querySelectorAll('.article-body img')].find((image) =>
      image.getAttribute('alt')?.includes('téléphone'),
    );
    const { body } = await fetchOk(img!.getAttribute('src')!, /^image\/jpeg$/);
    const { width, height, orientation } = await sharp(body).metadata();
    expect(orientation).toBeUndefined();
    expect(width).toBeLessThan(height);
    const { data, info } = await sharp(body).raw().toBuffer({ resolveWithObject: true });
    const pixel = (y: number) => [
      ...data.subarray((y * info.width + (info.width >> 1)) * 3, 3 + (y * info.width + (info.width >> 1)) * 3),
    ];
    const [top, bottom] = [pixel(10), pixel(info.height - 10)];
    expect(top[0]).toBeGreaterThan(150);
    expect(top[2]).toBeLessThan(100);
    expect(bottom[2]).toBeGreaterThan(150);
    expect(bottom[0]).toBeLessThan(100);
  });
});

describe('an article’s photos in its HTML', () => {
  const document = async () => parseHtml((await fetchOk(articlePath, /^text\/html/)).text);

  it('are pictures: AVIF, then WebP, then JPEG (PNG for the chart), each file at the width it claims', async () => {
    const pictures = [...(await document()).querySelectorAll('main picture')];
    expect(pictures).toHaveLength(3);
    for (const picture of pictures) {
      const sources = [...picture.querySelectorAll('source')];
      expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
      const img = picture.querySelector('img')!;
      const fallback = img.getAttribute('src')!.endsWith('.png') ? 'png' : 'jpeg';
      const candidates = [...sources.map((source) => source.getAttribute('srcset')!), img.getAttribute('srcset')!]
        .flatMap((srcset) => srcset.split(', '))
        .map((candidate) => candidate.split(' ') as [string, string]);
      for (const [url, descriptor] of candidates) {
        const { body, contentType } = await fetchOk(url, /^image\/(avif|webp|jpeg|png)$/);
        const { width, format } = await sharp(body).metadata();
        expect(`${url} ${width}w`).toBe(`${url} ${descriptor}`);
        expect(contentType).toBe(`image/${format === 'heif' ? 'avif' : format}`);
      }
      expect(img.getAttribute('sizes')).toBeTruthy();
      expect(img.getAttribute('src')).toMatch(fallback === 'png' ? /\.png$/ : /\.jpg$/);
    }
  });

  it('give their displayed size, so the page does not move as they arrive', async () => {
    const sizes = [...(await document()).querySelectorAll('main picture img')].map(
      (img) => Number(img.getAttribute('width')) / Number(img.getAttribute('height')),
    );
    const { lead, phone, infographic } = generated.photos;
    // The phone's photo is stored sideways: its size is the one it shows upright.
    const expected = [lead, phone, infographic].map(({ width, height }) => width / height);
    sizes.forEach((ratio, index) => expect(ratio).toBeCloseTo(expected[index]!, 2));
  });

  it('fetch the lead first and never lazily, the others lazily and off the main thread', async () => {
    const [lead, ...body] = [...(await document()).querySelectorAll('main picture img')];
    expect([lead!.getAttribute('fetchpriority'), lead!.getAttribute('loading')]).toEqual(['high', null]);
    for (const img of body)
      expect([img.getAttribute('loading'), img.getAttribute('decoding')]).toEqual(['lazy', 'async']);
  });
});

describe('what a reader downloads', () => {
  const originalBytes = originals.reduce((sum, { file }) => sum + statSync(file).size, 0);

  it.each([
    ['a phone (360 px at 3×)', PHONE],
    ['a desktop (1,366 px)', DESKTOP],
  ])('on %s: the lead photo under 250 KB, all the photos under a tenth of the originals', async (_, device) => {
    const { images } = await imagesFetched(absolute(articlePath), device);
    const photos = images.filter((image) => new URL(image.url).pathname.startsWith('/media/'));
    expect(photos.map((photo) => photo.type)).toEqual(['image/avif', 'image/avif', 'image/avif']);
    const [lead] = photos;
    expect(lead!.bytes).toBeLessThan(250 * KB);
    expect(photos.reduce((sum, photo) => sum + photo.bytes, 0)).toBeLessThan(originalBytes / 10);
  });

  it('on a phone, the whole front page, its lead photo included, weighs under 300 KB', async () => {
    const { images, total } = await imagesFetched(absolute('/'), PHONE);
    expect(images.some((image) => new URL(image.url).pathname.startsWith('/media/'))).toBe(true);
    expect(total).toBeLessThan(300 * KB);
  });

  it('sees nothing move while the photos arrive late (cumulative layout shift ≤ 0.01)', async () => {
    for (const device of [PHONE, DESKTOP]) {
      const { page, close } = await openPage(browser, absolute(articlePath), device, async (context, page) => {
        await context.route(/\/media\//, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          await route.continue();
        });
        await page.addInitScript(() => {
          (window as unknown as { cls: number }).cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
              (window as unknown as { cls: number }).cls += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
      });
      await scrollToEnd(page);
      const { cls, upright } = await page.evaluate(() => {
        const phone = [...document.querySelectorAll('img')].find((img) => img.alt.includes('téléphone'))!;
        return { cls: (window as unknown as { cls: number }).cls, upright: phone.naturalHeight > phone.naturalWidth };
      });
      await close();
      expect(cls).toBeLessThanOrEqual(0.01);
      expect(upright).toBe(true);
    }
  });
});
