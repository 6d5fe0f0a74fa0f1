import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { shareCard } from '../share-image/card';
import { shareImageFonts } from '../share-image/fonts';
import type { PlannedImage } from '../share-image/plan';
import { FileCache } from '../file-cache';
import type { CachedFiles } from './site-output';
import { inBatches } from './files';
import { Memo } from './memo';

interface ShareImageSummary {
  images: number;
  drawn: number;
}

/**
 * Writes every planned share image into the export, drawing on every core those the cache does not
 * have. An image is keyed by everything it is drawn from (the card's texts, layout and colours, and
 * the fonts), so an article whose card did not change costs no drawing at all.
 *
 * Laying out 100,000 cards to key them took 4 s of every publish: each card's key is remembered by
 * its words (`layouts`) for as long as the code and the fonts stay the same. When they change, every
 * card is laid out again, and drawn again only if its layout changed.
 */
export async function writeShareImages(
  output: CachedFiles,
  images: readonly PlannedImage[],
  { cache, layoutsFile, code }: { cache: FileCache; layoutsFile: string; code: string },
): Promise<ShareImageSummary> {
  const fonts = FileCache.key(...shareImageFonts().map((font) => Buffer.from(font.data as ArrayBuffer)));
  const layouts = new Memo<string>(layoutsFile, FileCache.key(code, fonts));
  // Keyed by the laid-out card, made one at a time and let go: a change of layout draws again.
  const keyed = images.map((image) => ({
    ...image,
    key: layouts.get(
      FileCache.key(JSON.stringify(image.card)),
      () => `${FileCache.key(fonts, JSON.stringify(shareCard(image.card)))}.png`,
    ),
  }));
  layouts.save();
  const missing = [
    ...new Map(keyed.filter((image) => !cache.has(image.key)).map((image) => [image.key, image])).values(),
  ];
  await drawAll(missing, (image, png) => cache.put(image.key, png));
  for (const image of keyed) output.fromCache(image.path.replace(/^\//, ''), cache, image.key);
  return { images: images.length, drawn: missing.length };
}

/** A worker thread does not inherit tsx's loader: it registers it before it loads the TypeScript worker. */
const WORKER_BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => {
  register();
  return import(${JSON.stringify(new URL('../share-image/worker.ts', import.meta.url).href)});
});`;

/**
 * Cards in flight per thread: while sharp encodes one card's PNG on libuv's threads, the thread lays
 * out and rasterizes the next, and it never waits for the main thread to write a finished one.
 */
const CARDS_PER_THREAD = 2;

async function drawAll<T extends PlannedImage>(items: T[], done: (item: T, png: Uint8Array) => void): Promise<void> {
  if (items.length === 0) return;
  const threads = Array.from(
    { length: Math.min(availableParallelism(), items.length) },
    () => new DrawingThread(new Worker(WORKER_BOOTSTRAP, { eval: true })),
  );
  try {
    await inBatches(
      items,
      async (item, lane) => done(item, await threads[lane % threads.length]!.draw(item)),
      threads.length * CARDS_PER_THREAD,
    );
  } finally {
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }
}

/** One of the drawing threads, with the cards it was given and has not answered yet. */
class DrawingThread {
  private readonly waiting = new Map<
    number,
    { address: string; resolve: (png: Uint8Array) => void; reject: (error: Error) => void }
  >();
  private sent = 0;
  /** Why the thread ended, once it has: every card it held, and any sent later, fails with it. */
  private ended?: Error;

  constructor(readonly worker: Worker) {
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const card = this.waiting.get(id);
      this.waiting.delete(id);
      if (error !== undefined || !png) card?.reject(new Error(`share image ${card.address}: ${error}`));
      else card?.resolve(png);
    });
    worker.on('error', (error) => this.end(error));
    worker.on('exit', (code) => this.end(new Error(`a share-image drawing thread stopped (exit code ${code})`)));
  }

  /** Its PNG, or why it could not be drawn. */
  draw({ path: address, card }: PlannedImage): Promise<Uint8Array> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.sent++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { address, resolve, reject });
      this.worker.postMessage({ id, card });
    });
  }

  private end(error: Error): void {
    this.ended ??= error;
    for (const card of this.waiting.values()) card.reject(this.ended);
    this.waiting.clear();
  }
}
