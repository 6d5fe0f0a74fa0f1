import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardNode } from '../share-image/card';
import { shareImageFonts } from '../share-image/fonts';
import type { PlannedImage } from '../share-image/plan';
import { FileCache } from './cache';

export interface ShareImageSummary {
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

async function drawAll<T extends { card: CardNode }>(
  items: T[],
  done: (item: T, png: Uint8Array) => void,
): Promise<void> {
  if (items.length === 0) return;
  const workers = Array.from(
    { length: Math.min(availableParallelism(), items.length) },
    () => new Worker(WORKER_BOOTSTRAP, { eval: true }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= items.length) return resolve();
              const id = next++;
              worker.postMessage({ id, card: items[id]!.card });
            };
            worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
              if (error !== undefined || !png) return reject(new Error(`share image ${id}: ${error}`));
              done(items[id]!, png);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
