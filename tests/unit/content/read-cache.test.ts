import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryBodies } from '@/lib/content/bodies';
import { loadContent } from '@/lib/content/load';
import { ReadCache } from '@/lib/content/read-cache';
import { formatProblem } from '@/lib/text/problems';
import { articleText, contentFolder, photo } from './temp-content';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'kiosque-reads-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Loads `dir` as a build does, through a read cache kept in `cacheFile` between calls. */
function load(dir: string, cacheFile: string, at = new Date('2026-01-01T00:00:00Z'), fingerprint = 'code-1') {
  const reads = new ReadCache(cacheFile, fingerprint);
  const bodies = directoryBodies(path.join(cacheDir, `bodies-${path.basename(cacheFile)}`));
  const report = loadContent(dir, { at, reads, bodies });
  reads.save();
  return { ...report, counts: { ...reads.counts }, text: report.problems.map((p) => formatProblem(p)) };
}

describe('a build reading the content folder again', () => {
  it('reads no file that did not change, and gives exactly what reading it gave', async () => {
    const dir = contentFolder({
      'a.md': articleText(
        'A',
        '2015-02-16',
        [
          'tags: [Cisco]',
          'image: { src: /images/une.jpg, alt: "La une" }',
          'updated: 2015-02-16T18:00:00+01:00',
          'corrections:\n  - { date: 2015-02-17, text: "Une faute." }\n',
        ].join('\n'),
      ),
      'b.md': articleText('B', '2015-02-17', 'description: "trop court"\n'),
      'c.md': articleText('C', '2015-02-18').replace('Texte.', '[lien](/articles/absent) et ![](/images/une.jpg)'),
      'images/une.jpg': await photo(1600, 1000),
    });
    const cache = path.join(cacheDir, 'same.json');
    const first = load(dir, cache);
    const second = load(dir, cache);
    expect([first.counts, second.counts]).toEqual([
      { read: 3, reused: 0 },
      { read: 0, reused: 3 },
    ]);
    expect(second.articles).toEqual(first.articles);
    // Every date of an article, its updates' and corrections' included, comes back as a Date.
    const a = second.articles.find((article) => article.slug === 'a')!;
    expect([a.date.instant, a.updated?.instant, a.corrections[0]?.date.instant]).toEqual([
      expect.any(Date),
      expect.any(Date),
      expect.any(Date),
    ]);
    expect(second.text).toEqual(first.text);
    expect(second.text.length).toBeGreaterThan(1);
  });

  it('reads again the file that changed, and only it', () => {
    const dir = contentFolder({ 'a.md': articleText('A'), 'b.md': articleText('B') });
    const cache = path.join(cacheDir, 'edit.json');
    load(dir, cache);
    writeFileSync(path.join(dir, 'b.md'), articleText('B, corrigé'));
    const again = load(dir, cache);
    expect(again.counts).toEqual({ read: 1, reused: 1 });
    expect(again.articles.map((article) => article.title).sort()).toEqual(['A', 'B, corrigé']);
  });

  it('reads again an article whose photo was replaced, and names the new files', async () => {
    const dir = contentFolder({
      'a.md': articleText('A', '2015-02-16', 'image: { src: /images/une.jpg, alt: "La une" }\n'),
      'b.md': articleText('B'),
      'images/une.jpg': await photo(1600, 1000),
    });
    const cache = path.join(cacheDir, 'photo.json');
    const before = load(dir, cache).articles.find((article) => article.slug === 'a')!;
    writeFileSync(path.join(dir, 'images/une.jpg'), await photo(2400, 1600));
    const again = load(dir, cache);
    const after = again.articles.find((article) => article.slug === 'a')!;
    expect(again.counts).toEqual({ read: 1, reused: 1 });
    expect([after.image?.width, after.image?.picture.fallback.src]).not.toEqual([
      before.image?.width,
      before.image?.picture.fallback.src,
    ]);
    expect(after.image?.width).toBe(2400);
  });

  it('reads every file again for other code or other settings', () => {
    const dir = contentFolder({ 'a.md': articleText('A'), 'b.md': articleText('B') });
    const cache = path.join(cacheDir, 'code.json');
    load(dir, cache);
    expect(load(dir, cache, undefined, 'code-2').counts).toEqual({ read: 2, reused: 0 });
    writeFileSync(path.join(dir, 'site.yml'), 'name: "Le Quotidien"\n');
    expect(load(dir, cache, undefined, 'code-2').counts).toEqual({ read: 2, reused: 0 });
  });

  it('says of a kept article whether it is out yet at this build’s moment', () => {
    const dir = contentFolder({ 'a.md': articleText('A', '2026-06-01') });
    const cache = path.join(cacheDir, 'status.json');
    expect(load(dir, cache, new Date('2026-01-01')).articles[0]?.status).toBe('scheduled');
    const later = load(dir, cache, new Date('2026-07-01'));
    expect([later.counts.reused, later.articles[0]?.status]).toEqual([1, 'published']);
  });

  it('renders again a body the store no longer holds', () => {
    const dir = contentFolder({ 'a.md': articleText('A') });
    const cache = path.join(cacheDir, 'body.json');
    const first = load(dir, cache);
    rmSync(path.join(cacheDir, 'bodies-body.json', `${first.articles[0]!.body}.html`));
    const again = load(dir, cache);
    expect(again.counts).toEqual({ read: 1, reused: 0 });
    expect(again.bodies.get(again.articles[0]!.body)).toBe('<p>Texte.</p>\n');
  });
});
