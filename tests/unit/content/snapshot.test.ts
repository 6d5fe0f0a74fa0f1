import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { readSnapshot, writeSnapshot } from '@/lib/content/snapshot';

let directory: string;
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('the build’s content snapshot', () => {
  it('gives every Next worker the articles exactly as read, dates and bodies included', () => {
    directory = mkdtempSync(path.join(tmpdir(), 'kiosque-snapshot-'));
    // Several articles, in several scripts: each body is read back from where it lies, byte for byte.
    const { settings, articles } = loadContent('tests/e2e/content');
    expect(articles.length).toBeGreaterThan(3);
    const builtAt = new Date('2026-11-26T12:00:00Z');
    writeSnapshot(directory, { builtAt, settings, articles });
    expect(readSnapshot(directory).settings).toEqual(settings);
    const read = readSnapshot(directory);
    expect(read.builtAt).toEqual(builtAt);
    expect(read.articles.map((article) => ({ ...article }))).toEqual(articles.map((article) => ({ ...article })));
  });

  it('reads a body from its file each time a page asks, and keeps none in memory', () => {
    directory = mkdtempSync(path.join(tmpdir(), 'kiosque-snapshot-'));
    const { settings, articles } = loadContent('tests/e2e/content');
    writeSnapshot(directory, { builtAt: new Date(), settings, articles });
    const [, second] = readSnapshot(directory).articles;
    const bodies = path.join(directory, 'bodies.html');
    const html = second!.html;
    expect(html).toContain('<p>');
    writeFileSync(bodies, readFileSync(bodies, 'utf8').replace(html, html.replace('<p>', '<P>')));
    expect(second!.html).toBe(html.replace('<p>', '<P>'));
  });
});
