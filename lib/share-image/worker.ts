import { parentPort } from 'node:worker_threads';
import type { CardNode } from './card';
import { drawShareImage } from './draw';

/** One of the build's drawing threads: a card in, its PNG out. */
parentPort?.on('message', async ({ id, card }: { id: number; card: CardNode }) => {
  try {
    const png = await drawShareImage(card);
    parentPort?.postMessage({ id, png });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
