import { parentPort } from 'node:worker_threads';
import { shareCard, type ShareCardProps } from './card';
import { drawShareImage } from './draw';

/** One of the build's drawing threads: a card's words in, its PNG out, under the card's number. */
parentPort?.on('message', async ({ id, card }: { id: number; card: ShareCardProps }) => {
  try {
    parentPort?.postMessage({ id, png: await drawShareImage(shareCard(card)) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
