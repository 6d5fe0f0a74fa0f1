/**
 * `npm run bench:images`: generates the fixture photos of tests/fixtures/photos.ts in a temporary
 * folder (a photographer's 20-megapixel lead photo, a phone photo and an infographic in the body,
 * and a 50-megapixel photo), derives each cold, and prints per photo its megapixels, seconds, MP/s,
 * files, the peak memory of the encoding processes, the time `npm run check` spends on it (probeImage), and the bytes a phone (360 px at 3×) and a
 * desktop (1,366 px at 1×) download for it in the article column, beside the original's bytes. The
 * baseline, measured in the same run, is the least any pipeline does: sharp decoding the original
 * and writing one plain JPEG at full size. Then the whole article is derived cold, and again (a
 * rebuild, which must encode nothing). A benchmark, not a test: it prints figures and asserts nothing.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { FileCache } from '@/lib/file-cache';
import { writePhotos, type PhotoInput } from '@/lib/build/photos';
import { probeImage } from '@/lib/media/probe';
import { pictureOf, type Picture } from '@/lib/media/variants';
import { writePhonePhoto, writePhotoFixtures } from '../fixtures/photos';
import { treeRss } from './process-memory';
import { printTable } from './table';
import { folderOutput } from '@/lib/build/site-output';

/** The article column: `min(100vw - 2rem, 40rem)`. */
const column = (viewport: number) => Math.min(viewport - 32, 640);
const DEVICES = [
  { name: 'phone', viewport: 360, ratio: 3 },
  { name: 'desktop', viewport: 1366, ratio: 1 },
];

const workspace = mkdtempSync(path.join(tmpdir(), 'kiosque-bench-images-'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The candidate a browser takes from a srcset: the smallest at least as wide as the CSS width × the pixel ratio. */
function chosen(srcset: string, pixels: number): string {
  const candidates = srcset.split(', ').map((entry) => {
    const [url, width] = entry.split(' ');
    return { url: url!, width: Number.parseInt(width!, 10) };
  });
  return (candidates.find((candidate) => candidate.width >= pixels) ?? candidates.at(-1)!).url;
}

const downloaded = (exportDir: string, picture: Picture, pixels: number) => ({
  avif: statSync(path.join(exportDir, chosen(picture.sources[0]!.srcset, pixels))).size,
  fallback: statSync(path.join(exportDir, chosen(picture.fallback.srcset, pixels))).size,
});

/** Wall time, and the peak resident memory of the processes this one started (the encoding processes). */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peak: number }> {
  let peak = 0;
  const poll = () => (peak = Math.max(peak, treeRss(process.pid) - process.memoryUsage.rss()));
  const timer = setInterval(poll, 50);
  const start = performance.now();
  const result = await work();
  clearInterval(timer);
  return { result, seconds: (performance.now() - start) / 1000, peak };
}

try {
  console.log('Generating the fixture photos…');
  const files = {
    ...(await writePhotoFixtures(workspace, ['photographer.jpg', 'infographic.png', 'fifty-megapixels.jpg'])),
    'phone.jpg': path.join(workspace, 'phone.jpg'),
  };
  // A phone's 12-megapixel photo, stored sideways, of a scene rather than the tests' two flat halves.
  await writePhonePhoto(files['phone.jpg'], 3024, 4032, { scene: true });
  const probeMs = new Map<string, number>();
  const roles: [keyof typeof files, 'lead' | 'body'][] = [
    ['photographer.jpg', 'lead'],
    ['phone.jpg', 'body'],
    ['infographic.png', 'body'],
    ['fifty-megapixels.jpg', 'body'],
  ];
  const photos: (PhotoInput & { role: string })[] = roles.map(([name, role]) => {
    const file = files[name];
    const start = performance.now();
    const probed = probeImage(file);
    probeMs.set(file, performance.now() - start);
    if (!probed.ok) throw new Error(`${name}: ${probed.problem.message}`);
    return { file, role, source: { path: `/images/${name}`, info: probed.info, lead: role === 'lead' } };
  });

  const rows = [
    [
      'photo',
      'MP',
      'original',
      'check',
      'baseline',
      'derived',
      'MP/s',
      'files',
      'encoders at most',
      'phone',
      'desktop',
    ],
  ];
  for (const photo of photos) {
    const { info } = photo.source;
    const megapixels = (info.width * info.height) / 1e6;
    const baseline = await measured(() =>
      sharp(photo.file, { autoOrient: true }).jpeg().toFile(path.join(workspace, 'baseline.jpg')),
    );
    const exportDir = path.join(workspace, `export-${path.basename(photo.file)}`);
    const derived = await measured(() =>
      writePhotos(
        folderOutput(exportDir),
        [photo],
        new FileCache(path.join(workspace, `cache-${path.basename(photo.file)}`)),
      ),
    );
    const picture = pictureOf(photo.source, 'full');
    const bytes = DEVICES.map((device) => downloaded(exportDir, picture, column(device.viewport) * device.ratio));
    rows.push([
      `${photo.source.path} (${photo.role})`,
      megapixels.toFixed(1),
      kb(info.bytes),
      `${probeMs.get(photo.file)!.toFixed(0)} ms`,
      `${baseline.seconds.toFixed(2)} s`,
      `${derived.seconds.toFixed(1)} s`,
      (megapixels / derived.seconds).toFixed(1),
      String(derived.result.encoded),
      mb(derived.peak),
      `${kb(bytes[0]!.avif)} (JPEG ${kb(bytes[0]!.fallback)})`,
      `${kb(bytes[1]!.avif)} (JPEG ${kb(bytes[1]!.fallback)})`,
    ]);
  }
  console.log(
    `\nEach photo derived cold, alone, on ${DEVICES.map((d) => `${d.name} ${d.viewport} px at ${d.ratio}×`).join(', ')}` +
      ' (AVIF, and the fallback a browser without AVIF or WebP takes); baseline: decode + one plain full-size JPEG:\n',
  );
  printTable(rows);

  const article = photos.slice(0, 3);
  const cache = new FileCache(path.join(workspace, 'cache-article'));
  const cold = await measured(() => writePhotos(folderOutput(path.join(workspace, 'article')), article, cache));
  const warm = await measured(() => writePhotos(folderOutput(path.join(workspace, 'article-again')), article, cache));
  const originals = article.reduce((sum, photo) => sum + photo.source.info.bytes, 0);
  console.log(`\nThe article (its lead photo, the phone photo and the infographic), ${mb(originals)} of originals:`);
  for (const device of DEVICES) {
    const pixels = column(device.viewport) * device.ratio;
    const total = article.reduce(
      (sum, photo) => sum + downloaded(path.join(workspace, 'article'), pictureOf(photo.source, 'full'), pixels).avif,
      0,
    );
    console.log(
      `  ${device.name}: downloads ${kb(total)}, ${((100 * total) / originals).toFixed(1)} % of the originals`,
    );
  }
  const thumb = pictureOf(article[0]!.source, 'thumb');
  const thumbBytes = [1, 2, 3].map(
    (ratio) => `${ratio}× ${kb(downloaded(path.join(workspace, 'article'), thumb, 200 * ratio).avif)}`,
  );
  console.log(`  the lead's teaser thumbnail at 200 CSS px: ${thumbBytes.join(', ')} (AVIF)`);
  const summary = (run: typeof cold) =>
    `${run.seconds.toFixed(1)} s, ${run.result.encoded} encoded, ${run.result.reused} reused, peak ${mb(run.peak)}`;
  console.log(`  cold: ${summary(cold)}\n  rebuild: ${summary(warm)}`);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
