import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PIXELS, probeImage, type ProbeResult } from '@/lib/media/probe';
import {
  writeHeic,
  writeInfographic,
  writePhonePhoto,
  writePngBomb,
  writeTruncatedJpeg,
  writeWebPage,
} from '../../fixtures/photos';

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'kiosque-probe-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const at = (name: string) => path.join(directory, name);

/** A small image with some texture, in `format`. */
function small(format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff', width = 300, height = 200): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: '#6a8', noise: { type: 'gaussian', mean: 120, sigma: 8 } },
  })
    .toFormat(format, { effort: 1 })
    .toBuffer();
}

function problemOf(result: ProbeResult) {
  if (result.ok) throw new Error(`expected a problem, got ${JSON.stringify(result.info)}`);
  return result.problem;
}

describe('probeImage on what editors hand in', () => {
  it('reads a photo’s format, size, orientation, hash and byte count', async () => {
    const bytes = await small('jpeg', 640, 427);
    writeFileSync(at('photo.jpg'), bytes);
    expect(probeImage(at('photo.jpg'))).toEqual({
      ok: true,
      info: {
        format: 'jpeg',
        width: 640,
        height: 427,
        orientation: 1,
        hash: createHash('sha256').update(bytes).digest('hex'),
        bytes: bytes.length,
        graphic: false,
      },
    });
  });

  it('gives the displayed size of a phone photo stored sideways (EXIF orientation 6)', async () => {
    await writePhonePhoto(at('phone.jpg'), 1500, 2000);
    const stored = await sharp(at('phone.jpg')).metadata();
    expect([stored.width, stored.height, stored.orientation]).toEqual([2000, 1500, 6]);
    expect(probeImage(at('phone.jpg'))).toMatchObject({
      ok: true,
      info: { width: 1500, height: 2000, orientation: 6 },
    });
  });

  it('takes every format it accepts, with the size its header gives, and marks graphics', async () => {
    await writeInfographic(at('chart.png'), 1600, 1000);
    expect(probeImage(at('chart.png'))).toMatchObject({
      ok: true,
      info: { format: 'png', width: 1600, graphic: true },
    });
    for (const [format, name] of [
      ['webp', 'a.webp'],
      ['avif', 'a.avif'],
      ['gif', 'a.gif'],
      ['tiff', 'a.tif'],
    ] as const) {
      writeFileSync(at(name), await small(format, 320, 180));
      expect(probeImage(at(name)), name).toMatchObject({
        ok: true,
        info: { format, width: 320, height: 180, graphic: format === 'gif' },
      });
    }
    // WebP's two other headers: lossless (VP8L), and extended (VP8X, here for an alpha channel).
    const base = await small('png', 321, 181);
    writeFileSync(at('lossless.webp'), await sharp(base).webp({ lossless: true }).toBuffer());
    writeFileSync(at('alpha.webp'), await sharp(base).ensureAlpha(0.5).webp().toBuffer());
    for (const name of ['lossless.webp', 'alpha.webp'])
      expect(probeImage(at(name)), name).toMatchObject({ ok: true, info: { width: 321, height: 181 } });
  });

  it('takes a progressive JPEG and one followed by a motion photo’s video', async () => {
    const progressive = await sharp(await small('png'))
      .jpeg({ progressive: true })
      .toBuffer();
    writeFileSync(at('progressive.jpg'), progressive);
    expect(probeImage(at('progressive.jpg')).ok).toBe(true);
    writeFileSync(at('motion.jpg'), Buffer.concat([progressive, Buffer.from('....ftypmp42'), Buffer.alloc(5000, 3)]));
    expect(probeImage(at('motion.jpg')).ok).toBe(true);
  });
});

describe('probeImage on editors’ mistakes', () => {
  it('says a file is missing, a folder, or empty', () => {
    expect(problemOf(probeImage(at('nowhere.jpg')))).toEqual({
      message: 'points to no file',
      expected: 'an image file at that path',
      found: 'no such file',
    });
    mkdirSync(at('folder.jpg'));
    expect(problemOf(probeImage(at('folder.jpg'))).message).toBe('is a folder, not an image file');
    writeFileSync(at('empty.jpg'), '');
    expect(problemOf(probeImage(at('empty.jpg')))).toMatchObject({ message: 'is an empty file', found: '0 bytes' });
  });

  it.skipIf(process.getuid?.() === 0)('says a file cannot be read, with the reason', async () => {
    writeFileSync(at('locked.jpg'), await small('jpeg'));
    chmodSync(at('locked.jpg'), 0o000);
    expect(problemOf(probeImage(at('locked.jpg')))).toMatchObject({
      message: 'cannot be read',
      found: 'EACCES (its permissions forbid it)',
    });
  });

  it('names what a file is when it is not an image', () => {
    writeWebPage(at('web-page.jpg'));
    expect(problemOf(probeImage(at('web-page.jpg')))).toEqual({
      message: 'is not an image',
      expected: 'a JPEG image, as its name .jpg says',
      found: 'HTML text (a web page, perhaps one saved in place of the image)',
    });
    const kinds: [string, string | Buffer, string][] = [
      ['notes.png', 'Légende : Manuel Valls à Matignon\n', 'plain text'],
      ['brief.jpg', 'BM : légende de la photo de Matignon, à publier demain\n', 'plain text'],
      ['scan.jpg', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'a PDF document'],
      ['photos.jpg', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'a ZIP archive (or an Office document)'],
      [
        'clip.jpg',
        Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypmp42\0\0\0\0mp42isom')]),
        'an MP4 or QuickTime video',
      ],
      [
        'noise.jpg',
        Buffer.from([1, 2, 3, 4, 0, 0, 9, 9]),
        'data of no known kind (it starts with the bytes 01 02 03 04)',
      ],
    ];
    for (const [name, content, found] of kinds) {
      writeFileSync(at(name), content);
      expect(problemOf(probeImage(at(name))), name).toMatchObject({ message: 'is not an image', found });
    }
  });

  it('says which format an image really is when its extension says another', async () => {
    writeFileSync(at('chart.jpg'), await small('png'));
    expect(problemOf(probeImage(at('chart.jpg')))).toEqual({
      message: 'is a PNG image named .jpg: rename it .png',
      expected: 'the extension of its format, .png',
      found: '.jpg on a PNG image',
    });
    writeFileSync(at('photo'), await small('jpeg'));
    expect(problemOf(probeImage(at('photo'))).message).toBe(
      'is a JPEG image named without an extension: rename it .jpg',
    );
  });

  it('refuses the image formats the site does not publish, with what to do', async () => {
    writeHeic(at('IMG_0042.heic'));
    expect(problemOf(probeImage(at('IMG_0042.heic')))).toMatchObject({
      message:
        'is not a format the site publishes: export it as JPEG (on the iPhone: Settings › Camera › Formats › Most Compatible, or share it by mail)',
      expected: 'a JPEG, PNG, WebP, AVIF, GIF or TIFF image',
      found: 'a HEIC photo (the iPhone’s format)',
    });
    writeHeic(at('IMG_0043.jpg'));
    expect(problemOf(probeImage(at('IMG_0043.jpg'))).found).toBe('a HEIC photo (the iPhone’s format)');

    writeFileSync(at('logo.svg'), '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(problemOf(probeImage(at('logo.svg'))).found).toBe('an SVG drawing');
    const bmp = Buffer.alloc(62);
    bmp.write('BM');
    bmp.writeUInt32LE(40, 14);
    writeFileSync(at('old.bmp'), bmp);
    expect(problemOf(probeImage(at('old.bmp')))).toMatchObject({ found: 'a BMP image' });
    expect(problemOf(probeImage(at('old.bmp'))).message).toContain('save it as PNG');
    writeFileSync(at('cover.psd'), Buffer.concat([Buffer.from('8BPS'), Buffer.alloc(60)]));
    expect(problemOf(probeImage(at('cover.psd'))).found).toBe('a Photoshop document (PSD)');
    // A Nikon NEF is a TIFF inside.
    writeFileSync(at('DSC_0001.NEF'), await small('tiff'));
    expect(problemOf(probeImage(at('DSC_0001.NEF')))).toMatchObject({
      message: 'is a camera RAW file, which browsers cannot show',
      found: 'a NEF file',
    });
  });

  it('says a file is cut short, in every format', async () => {
    await writeTruncatedJpeg(at('cut.jpg'));
    expect(problemOf(probeImage(at('cut.jpg')))).toMatchObject({
      message: 'is cut short: the end of the file is missing (an interrupted copy or download)',
      expected: 'a whole JPEG file: copy it again from the original',
    });
    expect(problemOf(probeImage(at('cut.jpg'))).found).toMatch(
      /^[\d,]+ bytes: the JPEG stops in the middle of its image data$/,
    );
    const stops = {
      png: 'the PNG stops inside its IDAT chunk',
      webp: 'the WebP is shorter than its RIFF header says',
      avif: 'the AVIF stops inside its mdat box',
      gif: 'the GIF stops before its trailer',
      tiff: 'the TIFF stops before its directory',
    };
    for (const [format, stop] of Object.entries(stops) as [keyof typeof stops, string][]) {
      const whole = await small(format === 'tiff' ? 'tiff' : format, 400, 300);
      const name = `cut.${format === 'tiff' ? 'tif' : format}`;
      writeFileSync(at(name), whole.subarray(0, Math.round(whole.length * 0.7)));
      expect(problemOf(probeImage(at(name))).found, name).toContain(stop);
    }
  });

  it('says a header that cannot be read is damaged, and a file cut inside its header cut short', () => {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    writeFileSync(at('header.png'), Buffer.from([...signature, 0, 0, 0, 4, ...Buffer.from('tEXtabcd'), 0, 0, 0, 0]));
    expect(problemOf(probeImage(at('header.png')))).toEqual({
      message: 'is a damaged PNG: its header cannot be read',
      expected: 'a PNG image as the camera or the software wrote it',
      found: 'the PNG does not start with its IHDR header',
    });
    writeFileSync(at('frameless.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xd9]));
    expect(problemOf(probeImage(at('frameless.jpg'))).found).toBe('the JPEG has no frame header');
    writeFileSync(at('stub.png'), Buffer.from([...signature, 0, 0, 0, 13, 0x49, 0x48]));
    expect(problemOf(probeImage(at('stub.png')))).toMatchObject({
      message: 'is cut short: the end of the file is missing (an interrupted copy or download)',
      found: '14 bytes: the PNG stops before its IHDR header',
    });
  });

  it('refuses a header claiming more than MAX_PIXELS, and one claiming no pixel', () => {
    expect(MAX_PIXELS).toBe(100_000_000);
    writePngBomb(at('bomb.png'));
    expect(readFileSync(at('bomb.png')).length).toBeLessThan(1000);
    expect(problemOf(probeImage(at('bomb.png')))).toEqual({
      message:
        'claims more pixels than a photo may have (a file made to exhaust memory, or a scan at a needless resolution)',
      expected: 'at most 100 megapixels: resize it',
      found: '100,000 × 100,000 pixels (10,000 megapixels)',
    });
    writePngBomb(at('just-over.png'), 10_001, 10_000);
    expect(problemOf(probeImage(at('just-over.png'))).found).toBe('10,001 × 10,000 pixels (100 megapixels)');
    writePngBomb(at('flat.png'), 0, 340);
    expect(problemOf(probeImage(at('flat.png')))).toMatchObject({ message: 'has no pixels', found: '0 × 340 pixels' });
  });
});
