import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeptMap } from '@/lib/content/kept-map';

let folder: string;
let file: string;
const journal = () => `${file}.journal`;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'kiosque-kept-'));
  file = path.join(folder, 'map.json');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A map of `size` entries saved whole: n0 → 0, n1 → 1… */
function saved(size: number): void {
  const map = new KeptMap<number>(file, 'v1');
  for (let index = 0; index < size; index++) map.keep(`n${index}`, index);
  map.save();
}

/** What the next build finds: every key and value it can get. */
function reopened(keys: string[], identity = 'v1'): (number | undefined)[] {
  const map = new KeptMap<number>(file, identity);
  return keys.map((key) => map.get(key));
}

describe('A kept map', () => {
  it('hands on what a build kept, and forgets what it did not', () => {
    saved(3);
    const map = new KeptMap<number>(file, 'v1');
    expect([map.get('n0'), map.get('n1'), map.get('n2'), map.get('n3')]).toEqual([0, 1, 2, undefined]);
    map.keep('n0', 0);
    map.keep('n1', 10);
    map.keep('n3', 3);
    map.save();
    expect(reopened(['n0', 'n1', 'n2', 'n3'])).toEqual([0, 10, undefined, 3]);
  });

  it('hands on any text as it was, in its file and in its journal, written in ASCII', () => {
    const texts = ['Élysée', 'l’économie', '« guillemets »', 'emoji 📰', 'ligne\nsuivante', '\u0000'];
    const map = new KeptMap<string>(file, 'identité');
    for (let index = 0; index < 100; index++) map.keep(`n${index}`, 'é');
    texts.forEach((text) => map.keep(text, text));
    map.save();
    const next = new KeptMap<string>(file, 'identité');
    for (let index = 0; index < 100; index++) next.keep(`n${index}`, 'é');
    texts.forEach((text) => next.keep(text, text));
    next.keep('nouveau', 'Noël 🎄');
    next.save();
    expect(existsSync(journal())).toBe(true);
    for (const written of [file, journal()]) expect(readFileSync(written, 'utf8')).toMatch(/^[\x00-\x7f]*$/);
    const reopened = new KeptMap<string>(file, 'identité');
    expect([...texts, 'nouveau', 'n0'].map((key) => reopened.get(key))).toEqual([...texts, 'Noël 🎄', 'é']);
  });

  it('starts empty under another identity (new code), and from an unreadable file', () => {
    saved(3);
    expect(reopened(['n0'], 'v2')).toEqual([undefined]);
    writeFileSync(file, '{"identity":');
    expect(reopened(['n0'])).toEqual([undefined]);
  });

  it('appends a few changes to a journal, leaving the file as it was', () => {
    saved(100);
    const before = statSync(file).mtimeMs;
    const map = new KeptMap<number>(file, 'v1');
    for (let index = 1; index < 100; index++) map.keep(`n${index}`, index);
    map.keep('n100', 100);
    map.save();
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(journal(), 'utf8').trim().split('\n')).toHaveLength(3); // its header, one added, one dropped
    expect(reopened(['n0', 'n1', 'n99', 'n100'])).toEqual([undefined, 1, 99, 100]);

    // Saving again with nothing changed writes nothing.
    const again = new KeptMap<number>(file, 'v1');
    for (let index = 1; index <= 100; index++) again.keep(`n${index}`, index);
    const journalBefore = readFileSync(journal(), 'utf8');
    again.save();
    expect(readFileSync(journal(), 'utf8')).toBe(journalBefore);
  });

  it('writes the file whole, and no journal, once the changes outgrow an eighth of it', () => {
    saved(16);
    for (const round of [1, 2, 3]) {
      const map = new KeptMap<number>(file, 'v1');
      for (let index = 0; index < 16; index++) map.keep(`n${index}`, index === 0 ? round : index);
      map.save();
      expect(existsSync(journal())).toBe(round < 3);
    }
    expect(reopened(['n0', 'n15'])).toEqual([3, 15]);
  });

  it('ignores a journal that follows another file, and stops at a line a crash cut short', () => {
    saved(100);
    const map = new KeptMap<number>(file, 'v1');
    for (let index = 0; index < 100; index++) map.keep(`n${index}`, index === 0 ? -1 : index);
    map.save();
    appendFileSync(journal(), '["n1",-');
    expect(reopened(['n0', 'n1'])).toEqual([-1, 1]);

    // The next save after a cut line writes the file whole.
    const next = new KeptMap<number>(file, 'v1');
    for (let index = 0; index < 100; index++) next.keep(`n${index}`, index === 1 ? -2 : index);
    next.save();
    expect(existsSync(journal())).toBe(false);
    expect(reopened(['n0', 'n1'])).toEqual([0, -2]);

    // A journal left beside a file written whole since (a crash between the two) is not read.
    const stale = new KeptMap<number>(file, 'v1');
    for (let index = 0; index < 100; index++) stale.keep(`n${index}`, index === 2 ? -3 : index);
    stale.save();
    const staleJournal = readFileSync(journal(), 'utf8');
    rmSync(file);
    saved(100);
    writeFileSync(journal(), staleJournal);
    expect(reopened(['n2'])).toEqual([2]);
  });
});
