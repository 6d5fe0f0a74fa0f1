import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { shareImageFonts } from '../share-image/fonts';
import type { PlannedImage } from '../share-image/plan';
import { FileCache } from './cache';
import { inBatches } from './files';

interface ShareImageSummary {
  images: number;
  drawn: number;
}

/**
 * Writes every planned share image into the export, drawing on every core those the cache does not
 * have. An image is keyed by everything it is drawn from (the card's texts, layout and colours, and
 * the fonts), so an article whose card did not change costs no drawing at all.
 */
export async function writeShareImages(
  exportDir: string,
  images: readonly PlannedImage[],
  cache: FileCache,
): Promise<ShareImageSummary> {
  const fonts = FileCache.key(...shareImageFonts().map((font) => Buffer.from(font.data as ArrayBuffer)));
  const keyed = images.map((image) => ({ ...image, key: `${FileCache.key(fonts, JSON.stringify(image.card))}.png` }));
  const missing = [
    ...new Map(keyed.filter((image) => !cache.has(image.key)).map((image) => [image.key, image])).values(),
  ];
  await drawAll(missing, (image, png) => cache.put(image.key, png));
  for (const image of keyed) {
    const target = path.join(exportDir, ...image.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    cache.place(image.key, target);
  }
  return { images: images.length, drawn: missing.length };
}

/** A worker thread does not inherit tsx's loader: it registers it before it loads the TypeScript worker. */
const WORKER_BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => {
  register();
  return import(${JSON.stringify(new URL('../share-image/worker.ts', import.meta.url).href)});
});`;

async function drawAll<T extends PlannedImage>(items: T[], done: (item: T, png: Uint8Array) => void): Promise<void> {
  if (items.length === 0) return;
  const workers = Array.from(
    { length: Math.min(availableParallelism(), items.length) },
    () => new Worker(WORKER_BOOTSTRAP, { eval: true }),
  );
  const idle = [...workers];
  try {
    await inBatches(
      items,
      async (item) => {
        const worker = idle.pop()!;
        try {
          done(item, await draw(worker, item));
        } finally {
          idle.push(worker);
        }
      },
      workers.length,
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** One card drawn by one of the threads: its PNG, or why it could not be drawn. */
function draw(worker: Worker, { path: address, card }: PlannedImage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => {
      worker.off('message', answered);
      reject(error);
    };
    const answered = ({ png, error }: { png?: Uint8Array; error?: string }) => {
      worker.off('error', failed);
      if (error !== undefined || !png) reject(new Error(`share image ${address}: ${error}`));
      else resolve(png);
    };
    worker.once('message', answered).once('error', failed);
    worker.postMessage(card);
  });
}
