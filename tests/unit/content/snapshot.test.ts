import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageJson, readSnapshot, sharedData, writeSnapshot } from '@/lib/content/snapshot';
import { siteOf } from './temp-content';

let directory: string;
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('the build’s content snapshot', () => {
  it('gives Next’s workers the data of the pages they render exactly as the content step made it, dates included', () => {
    directory = mkdtempSync(path.join(tmpdir(), 'kiosque-snapshot-'));
    // Several articles, in several scripts.
    const { settings, model } = siteOf('tests/e2e/content', new Date('2026-11-26T12:00:00Z'));
    const shared = sharedData(model, path.join(directory, 'bodies'));
    expect(shared).toMatchObject({ builtAt: '2026-11-26T12:00:00.000Z', settings });
    const pages = Object.fromEntries(
      [...model.pages()].map((page) => [
        page.address,
        { route: page.route, params: page.params, data: model.dataOf(page) },
      ]),
    );
    expect(Object.keys(pages).length).toBeGreaterThan(5);
    const file = path.join(directory, 'batch-1.json');
    writeSnapshot(
      file,
      shared,
      Object.entries(pages).map(([address, page]) => [address, pageJson(page)]),
    );
    const read = readSnapshot(file);
    expect(read).toEqual({ version: expect.any(Number), shared, pages });
    const article = Object.values(read.pages).find((page) => page.route === 'article')!.data as {
      article: { date: { instant: Date } };
    };
    expect(article.article.date.instant).toBeInstanceOf(Date);
  });
});
