import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
