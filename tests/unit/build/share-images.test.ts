import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileCache } from '@/lib/build/cache';
import { writeShareImages } from '@/lib/build/share-images';
import { shareCard } from '@/lib/share-image/card';
import { drawShareImage } from '@/lib/share-image/draw';
import { folderOutput } from '@/lib/build/site-output';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the share images of a build', () => {
  it('draws each card once, on the drawing threads, puts each at its address, and redraws none it has', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'kiosque-share-'));
    const cache = new FileCache(path.join(root, 'cache'));
    const cards = ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq', 'Six', 'Sept'].map((title) => ({
      masthead: 'Kiosque',
      title,
    }));
    // Two addresses share a card: it is drawn once.
    const images = [...cards, cards[0]!].map((card, index) => ({ path: `/articles/a${index}/share.png`, card }));

    const exportDir = path.join(root, 'export');
    expect(await writeShareImages(folderOutput(exportDir), images, cache)).toEqual({ images: 8, drawn: 7 });
    // Several cards are in flight on each thread: each answer must land at its own card's address.
    for (const { path: address, card } of images)
      expect(readFileSync(path.join(exportDir, address)).equals(await drawShareImage(shareCard(card))), address).toBe(
        true,
      );

    const again = path.join(root, 'again');
    expect(await writeShareImages(folderOutput(again), images, cache)).toEqual({ images: 8, drawn: 0 });
    expect(readFileSync(path.join(again, images[3]!.path))).toEqual(
      readFileSync(path.join(exportDir, images[3]!.path)),
    );
  });
});
