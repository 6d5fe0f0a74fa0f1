import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileCache } from '@/lib/file-cache';
import { writeShareImages } from '@/lib/build/share-images';
import { shareCard } from '@/lib/share-image/card';
import { drawShareImage } from '@/lib/share-image/draw';
import { folderOutput } from '@/lib/build/site-output';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

// The images are drawn on worker threads: seconds on a loaded machine.
describe('the share images of a build', { timeout: 30_000 }, () => {
  it('draws each card once, on the drawing threads, puts each at its address, and redraws none it has', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'kiosque-share-'));
    const cache = new FileCache(path.join(root, 'cache'));
    const cards = ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq', 'Six', 'Sept'].map((title) => ({
      masthead: 'Kiosque',
      title,
    }));
    // Two addresses share a card: it is drawn once.
    const images = [...cards, cards[0]!].map((card, index) => ({ path: `/articles/a${index}/share.png`, card }));

    const caches = { cache, layoutsFile: path.join(root, 'share-layouts.json'), code: 'code-1' };
    const exportDir = path.join(root, 'export');
    expect(await writeShareImages(folderOutput(exportDir), images, caches)).toEqual({ images: 8, drawn: 7 });
    // Several cards are in flight on each thread: each answer must land at its own card's address.
    for (const { path: address, card } of images)
      expect(readFileSync(path.join(exportDir, address)).equals(await drawShareImage(shareCard(card))), address).toBe(
        true,
      );

    const again = path.join(root, 'again');
    expect(await writeShareImages(folderOutput(again), images, caches)).toEqual({ images: 8, drawn: 0 });
    expect(readFileSync(path.join(again, images[3]!.path))).toEqual(
      readFileSync(path.join(exportDir, images[3]!.path)),
    );
  });

  it("remembers each card's key by its words, and lays every card out again when the code changes", async () => {
    root = mkdtempSync(path.join(tmpdir(), 'kiosque-share-'));
    const cache = new FileCache(path.join(root, 'cache'));
    const layoutsFile = path.join(root, 'share-layouts.json');
    const images = ['Un', 'Deux'].map((title, index) => ({
      path: `/articles/a${index}/share.png`,
      card: { masthead: 'Kiosque', title },
    }));
    expect(
      await writeShareImages(folderOutput(path.join(root, 'a')), images, { cache, layoutsFile, code: 'v1' }),
    ).toEqual({ images: 2, drawn: 2 });
    const remembered = JSON.parse(readFileSync(layoutsFile, 'utf8')) as { entries: [string, string][] };
    expect(remembered.entries.map(([, key]) => key).sort()).toEqual(readdirSync(path.join(root, 'cache')).sort());

    // What it remembers is what the images are placed from, while the code is the same…
    const [first, second] = remembered.entries.map(([, key]) => key);
    writeFileSync(
      layoutsFile,
      JSON.stringify({ ...remembered, entries: remembered.entries.map(([card]) => [card, first]) }),
    );
    const same = path.join(root, 'b');
    await writeShareImages(folderOutput(same), images, { cache, layoutsFile, code: 'v1' });
    expect(readFileSync(path.join(same, images[1]!.path))).toEqual(readFileSync(path.join(root, 'cache', first!)));

    // …and forgotten when it changes: each card laid out again, nothing drawn since no layout changed.
    const changed = path.join(root, 'c');
    expect(await writeShareImages(folderOutput(changed), images, { cache, layoutsFile, code: 'v2' })).toEqual({
      images: 2,
      drawn: 0,
    });
    expect(readFileSync(path.join(changed, images[1]!.path))).toEqual(readFileSync(path.join(root, 'cache', second!)));
  });
});
