import { parentPort } from 'node:worker_threads';
import type { CardNode } from './card';
import { drawShareImage } from './draw';

/** One of the build's drawing threads: a card in, its PNG out. */
parentPort?.on('message', async (card: CardNode) => {
  try {
    parentPort?.postMessage({ png: await drawShareImage(card) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
