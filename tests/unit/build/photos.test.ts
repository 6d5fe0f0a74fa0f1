import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileCache } from '@/lib/file-cache';
import { writePhotos, type PhotoInput } from '@/lib/build/photos';
import { folderOutput } from '@/lib/build/site-output';
import { WORKER_FLAG } from '@/lib/build/photo-worker';
import { probeImage, type ImageInfo } from '@/lib/media/probe';
import { pictureOf, variantsOf, type PhotoSource } from '@/lib/media/variants';
import {
  CAMERA,
  writeFiftyMegapixels,
  writeInfographic,
  writePhonePhoto,
  writePhotographersPhoto,
  writePngBomb,
  writeTruncatedJpeg,
} from '../../fixtures/photos';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kiosque-photos-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function input(file: string, sitePath: string, more: Partial<PhotoSource> = {}): PhotoInput {
  const probed = probeImage(file);
  if (!probed.ok) throw new Error(`${file}: ${probed.problem.message}`);
  return { file, source: { path: sitePath, info: probed.info, ...more } };
}

/** Every file under `directory`, relative to it. */
const listed = (directory: string) =>
  readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();

describe('the photos of a build', () => {
  let cache: FileCache;
  let inputs: PhotoInput[];
  let exportDir: string;
  let summary: Awaited<ReturnType<typeof writePhotos>>;

  beforeAll(async () => {
    await writePhotographersPhoto(path.join(root, 'photographer.jpg'), 3000, 1700);
    await writePhonePhoto(path.join(root, 'phone.jpg'), 900, 1200);
    await writeInfographic(path.join(root, 'chart.png'), 1000, 625);
    inputs = [
      input(path.join(root, 'photographer.jpg'), '/images/matignon.jpg', { lead: true }),
      input(path.join(root, 'phone.jpg'), '/images/phone.jpg'),
      input(path.join(root, 'chart.png'), '/images/chart.png'),
    ];
    cache = new FileCache(path.join(root, 'cache'));
    exportDir = path.join(root, 'export');
    summary = await writePhotos(folderOutput(exportDir), inputs, cache);
  }, 120_000);

  it('writes every variant the plan lists, at its address, and nothing else (no original)', () => {
    const planned = inputs.flatMap(({ source }) => variantsOf(source).map((variant) => variant.url.slice(1))).sort();
    expect(listed(exportDir)).toEqual(planned);
    expect(summary).toEqual({ photos: 3, encoded: planned.length, reused: 0, failed: [] });
  });

  it('strips GPS, camera serial, EXIF, XMP and ICC from every derived file', async () => {
    const original = await sharp(inputs[0]!.file).metadata();
    const exif = exifReader(original.exif!);
    expect(exif.GPSInfo?.GPSLatitude).toEqual([48, 51, 29.46]);
    expect(exif.Photo?.BodySerialNumber).toBe(CAMERA.serial);
    expect(original.xmp).toBeDefined();

    for (const { source } of inputs)
      for (const variant of variantsOf(source)) {
        const file = path.join(exportDir, variant.url);
        const metadata = await sharp(file).metadata();
        expect(metadata.format === 'heif' ? 'avif' : metadata.format, variant.url).toBe(variant.format);
        expect([metadata.width, metadata.height], variant.url).toEqual([variant.width, variant.height]);
        expect({ exif: metadata.exif, xmp: metadata.xmp, icc: metadata.icc, iptc: metadata.iptc }, variant.url).toEqual(
          { exif: undefined, xmp: undefined, icc: undefined, iptc: undefined },
        );
        const bytes = readFileSync(file).toString('latin1');
        for (const trace of [CAMERA.serial, CAMERA.make, CAMERA.software, 'Exif\0\0'])
          expect(bytes.includes(trace), `${variant.url} holds ${trace}`).toBe(false);
      }
  }, 60_000);

  it('shows a photo stored sideways (EXIF orientation 6) upright, at its displayed size, in sRGB', async () => {
    const phone = inputs[1]!.source;
    expect(phone.info).toMatchObject({ orientation: 6, width: 900, height: 1200 });
    const picture = pictureOf(phone, 'full');
    expect([picture.width, picture.height]).toEqual([800, 1067]);
    for (const url of [picture.fallback.src, picture.sources[0]!.srcset.split(' ')[0]!]) {
      const { data, info } = await sharp(path.join(exportDir, url)).raw().toBuffer({ resolveWithObject: true });
      expect(info.height).toBeGreaterThan(info.width);
      const pixel = (x: number, y: number) => [
        ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
      ];
      const [top, bottom] = [pixel(info.width >> 1, 10), pixel(info.width >> 1, info.height - 10)];
      // The phone's Display P3 red (stored as 191, 53, 43) is sRGB 208, 32, 32; its blue 32, 64, 208.
      for (const [channel, expected] of [208, 32, 32].entries())
        expect(Math.abs(top[channel]! - expected), url).toBeLessThan(10);
      for (const [channel, expected] of [32, 64, 208].entries())
        expect(Math.abs(bottom[channel]! - expected), url).toBeLessThan(10);
    }
  });

  it('encodes nothing again on a second build, even into an empty export', async () => {
    const again = path.join(root, 'again');
    const second = await writePhotos(folderOutput(again), inputs, cache);
    expect(second).toEqual({ photos: 3, encoded: 0, reused: summary.encoded, failed: [] });
    expect(listed(again)).toEqual(listed(exportDir));
    const url = pictureOf(inputs[0]!.source, 'full').fallback.src;
    expect(readFileSync(path.join(again, url)).equals(readFileSync(path.join(exportDir, url)))).toBe(true);
  });
});

describe('photos that cannot be derived', () => {
  it('are errors naming each one’s site path, and the others are still written', async () => {
    const cut = path.join(root, 'cut.jpg');
    await writeTruncatedJpeg(cut);
    const bomb = path.join(root, 'bomb.png');
    writePngBomb(bomb, 20_000, 20_000);
    // As if the header check had been skipped: the decoder's own limits must hold.
    const pretend = (hash: string, width: number, height: number, format: ImageInfo['format']): ImageInfo => ({
      format,
      width,
      height,
      orientation: 1,
      hash: hash.repeat(64),
      bytes: 1,
      graphic: format === 'png',
    });
    await writeInfographic(path.join(root, 'fine.png'), 500, 300);
    const exportDir = path.join(root, 'broken-export');
    const summary = await writePhotos(
      folderOutput(exportDir),
      [
        { file: cut, source: { path: '/images/cut.jpg', info: pretend('c', 1200, 800, 'jpeg') } },
        { file: bomb, source: { path: '/images/bomb.png', info: pretend('d', 1000, 1000, 'png') } },
        input(path.join(root, 'fine.png'), '/images/fine.png'),
      ],
      new FileCache(path.join(root, 'broken-cache')),
    );
    expect(summary.failed).toEqual([
      {
        path: '/images/cut.jpg',
        message: expect.stringMatching(
          /^cannot be decoded: the file is damaged past its header \(.*premature end of JPEG/,
        ),
      },
      {
        path: '/images/bomb.png',
        message: expect.stringMatching(/^cannot be decoded: it has more than 100 megapixels \(.*exceeds pixel limit/),
      },
    ]);
    expect(listed(exportDir).every((file) => file.startsWith('media/fine-'))).toBe(true);
    expect(listed(exportDir)).toHaveLength(3);
  }, 60_000);
});

describe('a CMYK photo (as print workflows export it)', () => {
  it('comes out in sRGB, three channels', async () => {
    const file = path.join(root, 'print.jpg');
    await sharp({ create: { width: 600, height: 400, channels: 3, background: '#2060c0' } })
      .toColourspace('cmyk')
      .jpeg()
      .toFile(file);
    expect((await sharp(file).metadata()).space).toBe('cmyk');
    const photo = input(file, '/images/print.jpg');
    const exportDir = path.join(root, 'cmyk-export');
    await writePhotos(folderOutput(exportDir), [photo], new FileCache(path.join(root, 'cmyk-cache')));
    for (const variant of variantsOf(photo.source)) {
      const metadata = await sharp(path.join(exportDir, variant.url)).metadata();
      expect([metadata.space, metadata.channels], variant.url).toEqual(['srgb', 3]);
    }
  }, 60_000);
});

/** The encoding processes this test process started, from /proc. */
function encodingProcesses(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(WORKER_FLAG);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('an encoding process that dies', () => {
  it('fails the photo it held, by name, and a new process derives the others', async () => {
    const names = ['one', 'two', 'three'];
    for (const name of names) await writePhotographersPhoto(path.join(root, `${name}.jpg`), 1000, 566);
    const inputs = names.map((name) => input(path.join(root, `${name}.jpg`), `/images/${name}.jpg`));
    let killed = false;
    const killer = setInterval(() => {
      const [pid] = encodingProcesses();
      if (pid !== undefined && !killed) {
        process.kill(pid, 'SIGKILL');
        killed = true;
      }
    }, 20);
    const exportDir = path.join(root, 'killed-export');
    const summary = await writePhotos(folderOutput(exportDir), inputs, new FileCache(path.join(root, 'killed-cache')), {
      processes: 1,
    }).finally(() => clearInterval(killer));
    expect(summary.failed).toEqual([
      {
        path: '/images/one.jpg',
        message: 'the encoding process was killed (out of memory?) while it encoded this photo',
      },
    ]);
    const written = new Set(listed(exportDir).map((file) => `/${file}`));
    for (const { source } of inputs.slice(1))
      for (const variant of variantsOf(source)) expect(written).toContain(variant.url);
    expect(encodingProcesses()).toEqual([]);
  }, 120_000);
});

describe('a 50-megapixel photo', () => {
  it('goes through, decoded shrunk, to every width of the ladder', async () => {
    const file = path.join(root, 'fifty.jpg');
    await writeFiftyMegapixels(file);
    const photo = input(file, '/images/fifty.jpg');
    expect(photo.source.info.width * photo.source.info.height).toBeGreaterThan(50_000_000);
    const exportDir = path.join(root, 'fifty-export');
    const summary = await writePhotos(folderOutput(exportDir), [photo], new FileCache(path.join(root, 'fifty-cache')));
    expect(summary).toMatchObject({ photos: 1, encoded: 15, failed: [] });
    const widest = pictureOf(photo.source, 'full').sources[0]!.srcset.split(', ').at(-1)!.split(' ')[0]!;
    expect((await sharp(path.join(exportDir, widest)).metadata()).width).toBe(2000);
  }, 180_000);
});
