import { parentPort } from 'node:worker_threads';
import type { CardNode } from './card';
import { drawShareImage } from './draw';

/** One of the build's drawing threads: a card in, its PNG out, under the card's number. */
parentPort?.on('message', async ({ id, card }: { id: number; card: CardNode }) => {
  try {
    parentPort?.postMessage({ id, png: await drawShareImage(card) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
