import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleAddresses } from '../pagefind-bundle';
import { launchBrowser, openPage } from './browser';
import { freePort, projectRoot, waitUntilServed, type ServerProcess } from './processes';
import { buildSite, serveSite } from './site';

/**
 * The search index in parts, end to end: a small site split into parts of three articles
 * (KIOSQUE_SEARCH_PART_SIZE), built, then built again with one article more. The second build indexes
 * only the current part and leaves every other file of out/pagefind as it was; in Chromium, the search
 * page finds the new article and the old ones across both parts, ranked by how well they match.
 */
const contentDir = path.join(projectRoot, '.e2e/content-search');
const outDir = path.join(projectRoot, '.e2e/out-search');
// The address printed on paper under each article holds this word, and nothing else does.
const env = {
  CONTENT_DIR: contentDir,
  OUT_DIR: outDir,
  SITE_URL: 'http://rotative.localhost:3000',
  KIOSQUE_SEARCH_PART_SIZE: '3',
};

/** Oldest first: the first three make the frozen part, the others the current part. */
const articles = [
  [
    'phare',
    'Un phare restauré sur l’estuaire',
    'Les travaux ont duré deux ans.',
    'Le phare de Cordouan a retrouvé sa lanterne. Une marée haute a retardé le chantier.',
  ],
  [
    'funiculaire',
    'Le funiculaire de Montmartre rouvre',
    'Le funiculaire reprend du service.',
    'Les voyageurs reviennent sur la butte.',
  ],
  [
    'energie',
    'Un rapport sur l’énergie',
    'Le ministère publie un rapport.',
    'Le texte cite l’hydrogène parmi vingt pistes de recherche pour les transports.',
  ],
  ['bus', 'Un bus à hydrogène pour Lyon', 'La ville teste un bus à hydrogène.', 'Le véhicule circulera tout l’été.'],
  [
    'gare',
    'La gare en travaux',
    'Des quais fermés.',
    'Les trains partent d’une autre voie, près du funiculaire provisoire.',
  ],
  ['peche', 'Les pêcheurs de l’île', 'Une saison difficile.', 'La marée a emporté des filets.'],
  ['musee', 'Un musée ouvre ses portes', 'Une collection d’affiches.', 'Le public découvre des affiches anciennes.'],
] as const;
const added = [
  'dirigeable',
  'Un dirigeable au-dessus de Paris',
  'Un vol d’essai.',
  'Le zeppelin a survolé la Seine.',
] as const;

function write([slug, title, lead, body]: readonly string[], day: number): void {
  const date = `2015-03-${String(day).padStart(2, '0')}T10:00:00+01:00`;
  writeFileSync(
    path.join(contentDir, `${slug}.md`),
    `---\ntitle: "${title}"\ndate: ${date}\ndescription: "${lead}"\nauthor: "Anne Martin"\n---\n\n${body}\n`,
  );
}

/** Every file of out/pagefind: a digest of its bytes, and its modification time. */
function pagefindFiles(): Map<string, { digest: string; mtime: number }> {
  const dir = path.join(outDir, 'pagefind');
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(path.join(dir, name)).isFile())
      .map((name) => [
        name.split(path.sep).join('/'),
        {
          digest: createHash('sha256')
            .update(readFileSync(path.join(dir, name)))
            .digest('hex'),
          mtime: statSync(path.join(dir, name)).mtimeMs,
        },
      ]),
  );
}

const manifest = () =>
  JSON.parse(readFileSync(path.join(outDir, 'pagefind/parts.json'), 'utf8')) as { parts: string[] };

let browser: Browser;
let server: ServerProcess | undefined;
let baseURL: string;
let before: Map<string, { digest: string; mtime: number }>;
let partsBefore: string[];
let secondOutput: string;

beforeAll(async () => {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  articles.forEach((article, index) => write(article, index + 1));
  const first = await buildSite(env);
  expect(first.code, first.output).toBe(0);
  before = pagefindFiles();
  partsBefore = manifest().parts;

  write(added, articles.length + 1);
  const second = await buildSite(env);
  expect(second.code, second.output).toBe(0);
  secondOutput = second.output;

  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = serveSite(outDir, port);
  await waitUntilServed(server, baseURL, { timeoutMs: 30_000 });
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What the search page lists for `query`, in its order: each result's address and excerpt. */
async function results(query: string): Promise<{ href: string; excerpt: string }[]> {
  const { page, errors, close } = await openPage(browser, `${baseURL}/recherche?q=${encodeURIComponent(query)}`);
  await page.locator('#search-results .search-status').waitFor({ timeout: 15_000 });
  const found = await page.locator('#search-results article').evaluateAll((teasers) =>
    teasers.map((teaser) => ({
      href: teaser.querySelector('h2 a')?.getAttribute('href') ?? '',
      excerpt: teaser.querySelector('.teaser-lead')?.textContent ?? '',
    })),
  );
  await close();
  expect(errors).toEqual([]);
  return found;
}

const search = async (query: string) => (await results(query)).map(({ href }) => href);

describe('a publication', () => {
  it('indexes the current part only', () => {
    expect(partsBefore).toHaveLength(2);
    expect(partsBefore[1]).toBe('current');
    expect(bundleAddresses(path.join(outDir, 'pagefind', partsBefore[0]!))).toEqual([
      '/articles/energie',
      '/articles/funiculaire',
      '/articles/phare',
    ]);
    expect(bundleAddresses(path.join(outDir, 'pagefind/current'))).toContain('/articles/dirigeable');
    expect(secondOutput).toMatch(/search: 8 articles in 2 parts, 5 indexed, 3 unchanged/);
  });

  it('changes the files of the current part only, and keeps the date of every file it did not change', () => {
    const after = pagefindFiles();
    expect(manifest().parts).toEqual(partsBefore);
    const changed = [...new Set([...before.keys(), ...after.keys()])]
      .filter((name) => before.get(name)?.digest !== after.get(name)?.digest)
      .sort();
    expect(changed).toContain('current/pagefind-entry.json');
    expect(changed.filter((name) => !name.startsWith('current/'))).toEqual([]);
    const redated = [...after]
      .filter(([name, file]) => before.get(name)?.digest === file.digest && before.get(name)?.mtime !== file.mtime)
      .map(([name]) => name);
    expect(redated).toEqual([]);
  });
});

describe('search across parts, in Chromium', () => {
  it('finds a word of the new article’s body, and one of an old article’s in the frozen part', async () => {
    expect(await search('zeppelin')).toEqual(['/articles/dirigeable']);
    expect(await search('Cordouan')).toEqual(['/articles/phare']);
  });

  it('ranks an article with the word in its title and lead above one that says it once, whichever part holds each', async () => {
    // The title in the current part, the passing mention in the frozen one; then the other way round.
    expect(await search('hydrogène')).toEqual(['/articles/bus', '/articles/energie']);
    expect(await search('funiculaire')).toEqual(['/articles/funiculaire', '/articles/gare']);
  });

  it('finds a word after an elided article (l’hydrogène), and shows the apostrophe as the article prints it', async () => {
    const energie = (await results('hydrogène')).find(({ href }) => href === '/articles/energie');
    expect(energie?.excerpt).toContain('cite l’hydrogène parmi');
  });

  it('lists a newer and an older article with the same match', async () => {
    expect((await search('marée')).sort()).toEqual(['/articles/peche', '/articles/phare']);
  });

  it('leaves out what only paper shows: the article’s address', async () => {
    expect(await search('rotative')).toEqual([]);
  });
});
