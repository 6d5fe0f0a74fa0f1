import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArticle } from './fixtures';
import { projectRoot } from './processes';
import { plainPhoto } from '../fixtures/photos';
import { buildSite } from './site';

/**
 * A rebuild renders again only the pages whose inputs changed: an article's page when the article or
 * one it suggests changed, a listing's pages when an article it lists changed. The others it takes
 * from out/ as they were.
 */
const contentDir = path.join(projectRoot, '.e2e/content-incremental');
const outDir = path.join(projectRoot, '.e2e/out-incremental');
const env = { CONTENT_DIR: contentDir, OUT_DIR: outDir, SITE_URL: 'http://127.0.0.1:3000' };
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const html = (address: string) => readFileSync(path.join(outDir, `${address}.html`), 'utf8');
/** What no render writes: a page that still holds it after a rebuild was taken from out/ as it was. */
const MARK = '<!-- left here by the test -->';
const mark = (address: string) => appendFileSync(path.join(outDir, `${address}.html`), MARK);
const page = (slug: string) => html(`articles/${slug}`);
const write = (slug: string, title: string, date: string, tags: string) =>
  writeFileSync(path.join(contentDir, `${slug}.md`), fixtureArticle(title, date, `tags: [${tags}]\n`));

async function build(): Promise<string> {
  const { code, output } = await buildSite(env);
  expect(code, output).toBe(0);
  return output;
}

describe('a rebuild', () => {
  it('renders again the changed article, those suggesting it and its listings, and takes the others as they were', async () => {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(contentDir, { recursive: true });
    write('premier-relais', 'Premier relais', '2015-03-01T10:00:00+01:00', 'Relais');
    write('second-relais', 'Second relais', '2015-03-02T10:00:00+01:00', 'Relais');
    write('sans-rapport', 'Un article sans rapport', '2015-03-03T10:00:00+01:00', 'Ailleurs');
    // A photo in the unrelated article: made once, then reused by every rebuild.
    mkdirSync(path.join(contentDir, 'images'));
    await writeFile(path.join(contentDir, 'images', 'port.jpg'), await plainPhoto(1600, 1000));
    appendFileSync(path.join(contentDir, 'sans-rapport.md'), '\n![Le port](/images/port.jpg)\n');
    expect(await build()).toMatch(/photos: 1 photo, [1-9]\d* files encoded, 0 reused/);
    expect(page('premier-relais')).toContain('Second relais');
    for (const address of ['articles/sans-rapport', 'tags/ailleurs', 'articles/premier-relais', 'tags/relais'])
      mark(address);

    // The second article is retitled: its page, the one suggesting it and the listings showing it
    // are rendered again; the third article, its tag's page and the sitemap files are taken from out/.
    write('second-relais', 'Second relais, retitré', '2015-03-02T10:00:00+01:00', 'Relais');
    const output = await build();
    expect(output).toMatch(/pages: \d+ pages rendered, 4 unchanged/);
    expect(output).toMatch(/photos: 1 photo, 0 files encoded, [1-9]\d* reused/);
    expect(page('second-relais')).toContain('Second relais, retitré');
    expect(page('premier-relais')).toContain('Second relais, retitré');
    expect(html('tags/relais')).toContain('Second relais, retitré');
    expect(page('premier-relais')).not.toContain(MARK);
    expect(html('tags/relais')).not.toContain(MARK);
    expect(page('sans-rapport')).toContain(MARK);
    expect(html('tags/ailleurs')).toContain(MARK);

    // A new article: its page, and the listings, at once.
    write('troisieme-relais', 'Troisième relais', '2015-03-04T10:00:00+01:00', 'Ailleurs');
    await build();
    expect(page('troisieme-relais')).toContain('Troisième relais');
    expect(html('index')).toContain('/articles/troisieme-relais');
    expect(html('tags/ailleurs')).toContain('/articles/troisieme-relais');
    // The unrelated article now suggests the new one: its page is rendered again.
    expect(page('sans-rapport')).toContain('Troisième relais');
  }, 300_000);
});

/**
 * What publishing one more article changes in out/: the bytes of exactly the files that show it, and
 * the date of no other. A crawler or a CDN polling out/ with conditional GET or rsync gets only those.
 */
describe('publishing one more article', () => {
  const siteDir = path.join(projectRoot, '.e2e/content-publish');
  const siteOut = path.join(projectRoot, '.e2e/out-publish');
  const publishEnv = {
    CONTENT_DIR: siteDir,
    OUT_DIR: siteOut,
    SITE_URL: 'http://127.0.0.1:3000',
    KIOSQUE_SEARCH_PART_SIZE: '3',
  };
  const state = () =>
    new Map(
      readdirSync(siteOut, { recursive: true, encoding: 'utf8' })
        .filter((name) => statSync(path.join(siteOut, name)).isFile())
        .map((name) => {
          const file = path.join(siteOut, name);
          return [name.split(path.sep).join('/'), { hash: sha256(readFileSync(file)), mtime: statSync(file).mtimeMs }];
        }),
    );

  it('changes the bytes of the files that show it, and of no other; every other file keeps its date', async () => {
    rmSync(siteDir, { recursive: true, force: true });
    rmSync(siteOut, { recursive: true, force: true });
    mkdirSync(siteDir, { recursive: true });
    writeFileSync(path.join(siteDir, 'site.yml'), 'pageSize: 5\n');
    // Twelve articles over three months: Relais and Ailleurs tags, two rubriques, two authors.
    for (let index = 1; index <= 12; index++) {
      const month = String(1 + Math.floor((index - 1) / 4)).padStart(2, '0');
      const day = String(1 + ((index - 1) % 4) * 5).padStart(2, '0');
      const extra = `tags: [${index % 2 ? 'Relais' : 'Ailleurs'}]\nsection: ${index % 3 ? 'Tech' : 'Culture'}\nauthor: ${index % 2 ? 'Anne Martin' : 'Paul Durand'}\n`;
      writeFileSync(
        path.join(siteDir, `article-${String(index).padStart(2, '0')}.md`),
        fixtureArticle(`Article numéro ${index}`, `2015-${month}-${day}T10:00:00+01:00`, extra),
      );
    }
    const first = await buildSite(publishEnv);
    expect(first.code, first.output).toBe(0);
    const before = state();
    // Make a changed date visible even within one second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));

    writeFileSync(
      path.join(siteDir, 'nouvelle.md'),
      fixtureArticle(
        'La nouvelle',
        '2015-03-25T10:00:00+01:00',
        'tags: [Relais]\nsection: Tech\nauthor: Anne Martin\n',
      ),
    );
    const { code, output } = await buildSite(publishEnv);
    expect(code, output).toBe(0);
    expect(output).toMatch(/content: 13 articles to publish; 1 file read, 12 unchanged/);
    const after = state();

    const changed = [...after]
      .filter(([name, { hash }]) => before.get(name)?.hash !== hash)
      .map(([name]) => name)
      .filter((name) => !/\.(br|gz)$/.test(name))
      .sort();
    const removed = [...before.keys()].filter((name) => !after.has(name));
    // Search's current part is indexed again: its files are named by their bytes.
    const search = (names: string[]) => names.filter((name) => name.startsWith('pagefind/'));
    expect(search(changed).length).toBeGreaterThan(0);
    expect([...search(changed), ...search(removed)].filter((name) => !name.startsWith('pagefind/current/'))).toEqual(
      [],
    );
    expect(removed.filter((name) => !name.startsWith('pagefind/'))).toEqual([]);
    expect(changed.filter((name) => !name.startsWith('pagefind/'))).toEqual([
      // The articles that suggest it (the nearest of its tag), and its own page and share image.
      'articles/article-09.html',
      'articles/article-11.html',
      'articles/nouvelle.html',
      'articles/nouvelle/share.png',
      'atom.xml',
      // The first page of each listing it enters: its author's, the front page, its rubrique's, its tag's.
      'auteurs/anne-martin.html',
      'feed.json',
      'index.html',
      'rss.xml',
      'rubriques/tech.html',
      // The sitemaps: the index's date of the current month, that month's part, and the listings' dates.
      'sitemap.xml',
      'sitemaps/2015-03.xml',
      'sitemaps/pages.xml',
      'tags/relais.html',
    ]);
    // The archive pages keep their bytes: page 1 of the front page and of the tag hold the oldest five.
    expect(before.has('page/1.html')).toBe(true);
    expect(after.get('page/1.html')?.hash).toBe(before.get('page/1.html')?.hash);

    // Every file whose bytes are the same has the same date, compressed siblings included.
    const redated = [...after]
      .filter(([name, { hash, mtime }]) => before.get(name)?.hash === hash && before.get(name)?.mtime !== mtime)
      .map(([name]) => name);
    expect(redated).toEqual([]);
    // The build says as much: what it wrote is what changed, the rest is untouched.
    const written = [...after].filter(([name, { hash }]) => before.get(name)?.hash !== hash).length;
    expect(output).toContain(
      `publish: ${written} files written, ${after.size - written} unchanged (their dates kept), ${removed.length} removed`,
    );
    // And a compressed sibling changes with its file, never alone.
    const siblings = [...after.keys()].filter((name) => /\.(br|gz)$/.test(name));
    for (const sibling of siblings) {
      const base = sibling.replace(/\.(br|gz)$/, '');
      expect(before.get(sibling)?.hash === after.get(sibling)?.hash, sibling).toBe(
        before.get(base)?.hash === after.get(base)?.hash,
      );
    }
  }, 300_000);

  it('renders a site larger than a batch in several next builds, and publishes every page of each', async () => {
    // The same site, built afresh into another folder, a few pages a `next build`.
    const batchedOut = path.join(projectRoot, '.e2e/out-batches');
    rmSync(batchedOut, { recursive: true, force: true });
    const { code, output } = await buildSite({ ...publishEnv, OUT_DIR: batchedOut, KIOSQUE_PAGES_PER_BATCH: '10' });
    expect(code, output).toBe(0);
    expect(output).toMatch(/pages: \d+ pages rendered in [3-9] batches/);
    const pages = (folder: string) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.html'))
        .sort()
        .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]);
    const expected = pages(siteOut);
    expect(expected.length).toBeGreaterThan(20);
    expect(pages(batchedOut)).toEqual(expected);
  }, 300_000);
});
