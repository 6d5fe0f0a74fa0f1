import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { directoryBodies } from '@/lib/content/bodies';
import { loadContent } from '@/lib/content/load';
import { ReadCache } from '@/lib/content/read-cache';
import { articleText, contentFolder } from './temp-content';

/** Every file the code under test opens with readFileSync. */
const opened = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: unknown, ...rest: unknown[]) => {
    if (typeof file === 'string') opened.push(file);
    return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const cacheDir = mkdtempSync(path.join(tmpdir(), 'kiosque-stamps-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

/** Loads `dir` as a build does through the read cache `cacheFile`, and says which of its articles' files were opened. */
function load(dir: string, cacheFile: string) {
  opened.length = 0;
  const reads = new ReadCache(cacheFile, 'code');
  const report = loadContent(dir, { reads, bodies: directoryBodies(path.join(cacheDir, 'bodies')) });
  reads.save();
  const articlesOpened = opened.filter((file) => file.startsWith(dir) && file.endsWith('.md'));
  return { report, counts: { ...reads.counts }, opened: articlesOpened.map((file) => path.basename(file)).sort() };
}

/** Ten seconds from now: files written now have settled, as an archive's have. */
function later(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 10_000);
}

describe('a build on an archive', () => {
  it('does not open a file whose stat is as it was, and opens again one saved since', () => {
    const dir = contentFolder({ 'a.md': articleText('A'), 'b.md': articleText('B') });
    const cache = path.join(cacheDir, 'settled.json');
    later();
    expect(load(dir, cache)).toMatchObject({ counts: { read: 2, reused: 0 }, opened: ['a.md', 'b.md'] });
    const again = load(dir, cache);
    expect(again).toMatchObject({ counts: { read: 0, reused: 2 }, opened: [] });
    expect(again.report.articles.map((article) => article.title).sort()).toEqual(['A', 'B']);

    // Same size, other bytes: its change time tells.
    writeFileSync(path.join(dir, 'b.md'), articleText('C'));
    const edited = load(dir, cache);
    expect(edited).toMatchObject({ counts: { read: 1, reused: 1 }, opened: ['b.md'] });
    expect(edited.report.articles.map((article) => article.title).sort()).toEqual(['A', 'C']);
  });

  it('opens again a file saved in the last seconds, whose next save could keep its stat', () => {
    const dir = contentFolder({ 'a.md': articleText('A') });
    const cache = path.join(cacheDir, 'fresh.json');
    load(dir, cache);
    expect(load(dir, cache)).toMatchObject({ counts: { read: 0, reused: 1 }, opened: ['a.md'] });
  });
});
