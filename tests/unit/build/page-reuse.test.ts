import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adoptPageKeys, pageKey, reusablePages, writePageKeys } from '@/lib/build/page-reuse';
import type { Article } from '@/lib/content/article';
import { Catalog } from '@/lib/content/catalog';
import { SiteModel } from '@/lib/content/pages';
import { defaultSettings } from '@/lib/content/settings';
import { testArticle as article } from '../content/temp-content';

/** The key of every page of the site these articles make, five to a listing page. */
function keys(articles: Article[], fingerprint = 'code'): Map<string, string> {
  const model = siteOf(articles);
  return new Map([...model.pages()].map((page) => [page.address, pageKey(fingerprint, model.identityOf(page))]));
}

function siteOf(articles: Article[]): SiteModel {
  const settings = { ...defaultSettings({}), pageSize: 5 };
  return new SiteModel(settings, new Catalog(articles, 5, settings.sections), { featured: [] }, new Date());
}

const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...after.keys()].filter((address) => after.get(address) !== before.get(address)).sort();

describe('the key of a page', () => {
  const a = article('a', 1, ['Relais']);
  const b = article('b', 2, ['Relais']);
  const c = article('c', 3, ['Ailleurs']);
  const before = keys([a, b, c]);

  it('stays the same when nothing the page shows changed', () => {
    expect(keys([a, b, c])).toEqual(before);
  });

  it('changes with the article, with an article it suggests or lists, and with the code; not with what no page shows', () => {
    const after = keys([a, article('b', 2, ['Relais'], { title: 'B retitré' }), c]);
    expect(changed(before, after)).toEqual(['/articles/a', '/articles/b', '/auteurs/la-redaction', '/tags/relais']);
    expect(keys([a, b, c], 'other code').get('/articles/c')).not.toBe(before.get('/articles/c'));
  });
});

describe('a page’s identity', () => {
  const site = [article('a', 1, ['Relais', 'Rail']), article('b', 2, ['Relais']), article('c', 3, ['Rail'])];
  const variants: [string, Article[]][] = [
    ['the same', site],
    ['a headline', [site[0]!, article('b', 2, ['Relais'], { title: 'B retitré' }), site[2]!]],
    ['a lead', [site[0]!, site[1]!, article('c', 3, ['Rail'], { description: 'Un chapeau.' })]],
    ['a tag', [site[0]!, article('b', 2, ['Relais', 'Rail']), site[2]!]],
    ['a status', [site[0]!, site[1]!, { ...site[2]!, status: 'scheduled' }]],
    ['an article more', [...site, article('d', 4, ['Rail'])]],
  ];
  const data = (model: SiteModel) => new Map([...model.pages()].map((page) => [page.address, model.dataOf(page)]));
  const identities = (model: SiteModel) =>
    new Map([...model.pages()].map((page) => [page.address, model.identityOf(page)]));
  const differing = (before: Map<string, unknown>, after: Map<string, unknown>) =>
    [...after.keys()].filter((address) => JSON.stringify(after.get(address)) !== JSON.stringify(before.get(address)));

  // It may change where the page does not (a tag an article gains is not on its teaser): such a page
  // is rendered again for nothing, which is safe; a page whose identity stays while it changes is not.
  it.each(variants)('changes whenever what the page shows changes: %s', (_, articles) => {
    const [before, after] = [siteOf(site), siteOf(articles)];
    const shown = differing(data(before), data(after));
    const named = differing(identities(before), identities(after));
    expect(named).toEqual(expect.arrayContaining(shown));
    if (articles === site) expect(named).toEqual([]);
  });

  it('names an article page’s articles by their revisions, not in full', () => {
    const model = siteOf(site);
    const page = [...model.pages()].find(({ address }) => address === '/articles/a')!;
    expect(model.identityOf(page)).toEqual({
      article: [site[0]!.revision, 'published'],
      related: [
        [site[1]!.revision, 'published'],
        [site[2]!.revision, 'published'],
      ],
    });
  });
});

describe('publishing one more article', () => {
  const daily = (count: number, tags: string[]) =>
    Array.from({ length: count }, (_, index) => article(`jour-${index + 1}`, index + 1, tags));

  it('changes the listings’ first pages and the pages suggesting it, and no archive page', () => {
    const archive = daily(23, ['Relais']);
    const before = keys(archive);
    const after = keys([...archive, article('jour-24', 24, ['Relais'])]);
    expect([...before.keys()].filter((address) => address.includes('/page/'))).toEqual([
      '/page/1',
      '/page/2',
      '/page/3',
      '/auteurs/la-redaction/page/1',
      '/auteurs/la-redaction/page/2',
      '/auteurs/la-redaction/page/3',
      '/tags/relais/page/1',
      '/tags/relais/page/2',
      '/tags/relais/page/3',
    ]);
    const pages = changed(before, after).filter((address) => !address.startsWith('/articles/'));
    expect(pages).toEqual(['/auteurs/la-redaction', '/sitemaps/2015-01.xml', '/sitemaps/pages.xml', '/tags/relais']);
  });

  it('adds an archive page when the first page fills, and changes only the page before it', () => {
    const archive = daily(24, ['Relais']);
    const before = keys(archive);
    const after = keys([...archive, article('jour-25', 25, ['Relais'])]);
    const pages = changed(before, after).filter((address) => !address.startsWith('/articles/'));
    expect(pages).toEqual([
      '/auteurs/la-redaction',
      '/auteurs/la-redaction/page/3',
      '/auteurs/la-redaction/page/4',
      '/page/3',
      '/page/4',
      '/sitemaps/2015-01.xml',
      '/sitemaps/pages.xml',
      '/tags/relais',
      '/tags/relais/page/3',
      '/tags/relais/page/4',
    ]);
  });
});

describe('the pages a build can take from out/', () => {
  let folder = '';
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('are those published last time under the same key and still in out/', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'kiosque-reuse-'));
    const [cacheDir, outDir] = ['cache', 'out'].map((name) => path.join(folder, name)) as [string, string];
    mkdirSync(path.join(outDir, 'articles'), { recursive: true });
    mkdirSync(cacheDir);
    for (const slug of ['a', 'b']) writeFileSync(path.join(outDir, 'articles', `${slug}.html`), '<p>');
    mkdirSync(path.join(outDir, 'tags', 'cisco', 'page'), { recursive: true });
    writeFileSync(path.join(outDir, 'tags', 'cisco', 'page', '2.html'), '<p>');
    const keys = new Map([
      ['/articles/a', 'k1'],
      ['/articles/b', 'k2'],
      ['/articles/c', 'k3'],
      ['/tags/cisco/page/2', 'k4'],
      ['/tags/cisco/page/3', 'k5'],
      ['/tags/relais/page/2', 'k6'],
    ]);
    writePageKeys(cacheDir, outDir, keys);
    // Noted by the content step, reused once the site is published.
    expect(reusablePages(cacheDir, outDir, keys).size).toBe(0);
    adoptPageKeys(cacheDir);
    const now = new Map([...keys, ['/articles/b', 'k2-changed']]);
    expect([...reusablePages(cacheDir, outDir, now)]).toEqual(['/articles/a', '/tags/cisco/page/2']);
    expect(reusablePages(cacheDir, path.join(folder, 'elsewhere'), keys).size).toBe(0);

    // A manifest an older Kiosque wrote, or a broken one: nothing is reused, and the build goes on.
    writeFileSync(
      path.join(cacheDir, 'reusable-pages.json'),
      JSON.stringify({ outDir, pages: { '/articles/a': 'k1' } }),
    );
    expect(reusablePages(cacheDir, outDir, keys).size).toBe(0);
    writeFileSync(path.join(cacheDir, 'reusable-pages.json'), '{"outDir":');
    expect(reusablePages(cacheDir, outDir, keys).size).toBe(0);
  });
});
