import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainPhoto } from '../fixtures/photos';
import { launchBrowser, openPage } from './browser';
import { fixtureArticle } from './fixtures';
import {
  copyOfContent,
  freePort,
  nextBin,
  projectRoot,
  startProcess,
  waitUntilServed,
  type ServerProcess,
} from './processes';
import { letters } from './http';
import { snapshotNextEnv } from './site';

/**
 * Live preview: an editor runs `next dev`, edits content/ and reloads. Every request re-reads the
 * folder, drafts and scheduled articles show with a banner, and a mistake shows as the same
 * `file:line:col` diagnostic in the browser and in the terminal, without stopping the server.
 */
const contentFolder = '.e2e/dev-content';
const distDir = '.e2e/next-dev';
const contentDir = path.join(projectRoot, contentFolder);

const seed = {
  slug: 'cisco-french-tech-2015',
  title: 'Cisco va investir 100 millions de dollars dans des start-up françaises en partenariat avec l’Etat',
  sentence: 'Manuel Valls s’est empressé de se féliciter publiquement de cette association:',
};
const seedFile = path.join(contentDir, `${seed.slug}.md`);

/** The page's headline and its text, as characters: the site's typography changes only their spacing. */
const headline = (html: string) =>
  letters(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]*>/g, '') ?? '');
const shows = (html: string, sentence: string) => letters(html.replace(/<[^>]*>/g, '')).includes(letters(sentence));
const draft = { slug: 'brouillon-en-cours', title: 'Un brouillon en cours de relecture' };
const scheduled = { slug: 'article-programme-le-mois-prochain', title: 'Un article programmé pour le mois prochain' };

/** Generous: the first compile of a route in `next dev` can take a minute on a loaded two-core machine. */
const FIRST_COMPILE_MS = 180_000;
const REQUEST_MS = 120_000;

describe('next dev, the editors’ live preview', () => {
  let server: ServerProcess;
  let baseURL: string;
  let originalSeed: string;
  let browser: Browser | undefined;
  let restoreGeneratedFiles: () => void = () => {};

  const get = (slug: string) => fetch(`${baseURL}/articles/${slug}`, { signal: AbortSignal.timeout(REQUEST_MS) });

  beforeAll(async () => {
    copyOfContent(contentDir);
    const inAMonth = new Date(Date.now() + 30 * 24 * 3_600_000).toISOString();
    writeFileSync(
      path.join(contentDir, `${draft.slug}.md`),
      fixtureArticle(draft.title, '2015-01-10T10:00:00+01:00', 'draft: true\n'),
    );
    writeFileSync(path.join(contentDir, `${scheduled.slug}.md`), fixtureArticle(scheduled.title, inAMonth));
    originalSeed = readFileSync(seedFile, 'utf8');

    restoreGeneratedFiles = snapshotNextEnv();
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    server = startProcess(nextBin, ['dev', '-p', String(port), '-H', '127.0.0.1'], {
      ...process.env,
      // Relative on purpose, as an editor would write it.
      CONTENT_DIR: contentFolder,
      KIOSQUE_DIST_DIR: distDir,
      SITE_URL: baseURL,
      NODE_ENV: 'development',
      NEXT_TELEMETRY_DISABLED: '1',
    });

    // The first request compiles the route.
    await waitUntilServed(server, `${baseURL}/articles/${seed.slug}`, {
      timeoutMs: FIRST_COMPILE_MS,
      ready: (response) => response.status === 200,
    });
    // `next dev` has pointed next-env.d.ts at its route types by now: put it back.
    restoreGeneratedFiles();
  }, FIRST_COMPILE_MS + 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    restoreGeneratedFiles();
    // next dev's build folder is ~40 MB of chunks and source maps, of use to no later run.
    rmSync(path.join(projectRoot, distDir), { recursive: true, force: true });
  });

  it('shows the seed article', async () => {
    const response = await get(seed.slug);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(headline(html)).toBe(letters(seed.title));
    expect(shows(html, seed.sentence)).toBe(true);
  });

  it('shows a draft, with its “Brouillon” banner', async () => {
    const response = await get(draft.slug);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(headline(html)).toBe(letters(draft.title));
    expect(html).toMatch(
      /<p class="preview-banner preview-banner-draft" role="status"><strong>Brouillon<\/strong> — cet article n’est pas publié/,
    );
  });

  it('shows a scheduled article, with its “Programmé” banner', async () => {
    const response = await get(scheduled.slug);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(headline(html)).toBe(letters(scheduled.title));
    expect(html).toMatch(
      /<p class="preview-banner preview-banner-scheduled" role="status"><strong>Programmé<\/strong> — publié au prochain build après le <time/,
    );
    expect(html).not.toContain('preview-banner-draft');
  });

  it('shows no banner on a published article', async () => {
    const html = await (await get(seed.slug)).text();
    expect(html).not.toContain('preview-banner');
  });

  it('shows an edit on the very next request', { timeout: REQUEST_MS }, async () => {
    const sentence = 'Cette phrase a été réécrite pendant la prévisualisation.';
    expect(originalSeed).toContain(seed.sentence);
    writeFileSync(seedFile, originalSeed.replace(seed.sentence, sentence));

    const response = await get(seed.slug);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(shows(html, sentence)).toBe(true);
    expect(shows(html, seed.sentence)).toBe(false);
  });

  it(
    'shows a photo dropped into images/, made at the size asked, on the next request',
    { timeout: REQUEST_MS },
    async () => {
      mkdirSync(path.join(contentDir, 'images'), { recursive: true });
      writeFileSync(path.join(contentDir, 'images', 'apercu.jpg'), await plainPhoto(1600, 1000));
      writeFileSync(seedFile, `${originalSeed}\n![Une photo ajoutée](/images/apercu.jpg)\n`);
      const html = await (await get(seed.slug)).text();
      const picture = /<picture>.*?<\/picture>/s.exec(html)?.[0] ?? '';
      expect(picture).toContain('alt="Une photo ajoutée"');
      const avif = /(\/media\/apercu-\w+-800\.avif) 800w/.exec(picture)?.[1];
      expect(avif, picture).toBeDefined();
      const photo = await fetch(baseURL + avif!, { signal: AbortSignal.timeout(REQUEST_MS) });
      expect([photo.status, photo.headers.get('content-type')]).toEqual([200, 'image/avif']);
      expect((await sharp(Buffer.from(await photo.arrayBuffer())).metadata()).width).toBe(800);
      expect((await fetch(`${baseURL}/media/inconnue-0000000000-800.avif`)).status).toBe(404);
      writeFileSync(seedFile, originalSeed);
    },
  );

  it(
    'shows an edit to a page of the paper, in pages/, on the next request',
    { timeout: FIRST_COMPILE_MS },
    async () => {
      const pageFile = path.join(contentDir, 'pages/a-propos.md');
      const at = (signal: number) => fetch(`${baseURL}/a-propos`, { signal: AbortSignal.timeout(signal) });
      // The first request compiles the route.
      const before = await at(FIRST_COMPILE_MS);
      expect(before.status).toBe(200);
      const sentence = 'Une phrase ajoutée à la page pendant la prévisualisation.';
      expect(shows(await before.text(), sentence)).toBe(false);
      writeFileSync(pageFile, `${readFileSync(pageFile, 'utf8')}\n${sentence}\n`);
      expect(shows(await (await at(REQUEST_MS)).text(), sentence)).toBe(true);
    },
  );

  describe('when an edit breaks the file', () => {
    const brokenSeed = () => originalSeed.replace(/^date: .*$/m, 'date: 2015-02-30');
    /** The diagnostic as `npm run check` and the build print it. */
    const diagnostic = () => {
      const line = brokenSeed().split('\n').indexOf('date: 2015-02-30') + 1;
      return (
        `${contentFolder}/${seed.slug}.md:${line}:7  date: is not a real day: February 2015 has 28 days ` +
        '(expected an ISO 8601 date such as 2015-02-16 or 2015-02-16T18:00:00+01:00, found "2015-02-30")'
      );
    };
    let response: Response;
    let body: string;

    beforeAll(async () => {
      expect(brokenSeed()).not.toBe(originalSeed);
      writeFileSync(seedFile, brokenSeed());
      response = await get(seed.slug);
      body = await response.text();
    }, REQUEST_MS);

    it('answers 500, an error page carrying the diagnostic in its payload for the dev overlay', () => {
      expect(response.status).toBe(500);
      // Next 16 dev serves an empty error document; the error travels JSON-escaped in the RSC payload.
      expect(body).toContain('<html id="__next_error__">');
      expect(body).toContain(diagnostic().split(' (expected')[0]);
    });

    it('shows the diagnostic, with file, line and column, in the browser', { timeout: REQUEST_MS }, async () => {
      browser = await launchBrowser();
      const opened = await openPage(browser, `${baseURL}/articles/${seed.slug}`);
      try {
        // The Next dev overlay renders the ContentError client-side, inside <nextjs-portal>'s shadow root.
        const message = opened.page.locator('nextjs-portal').getByText(`${seed.slug}.md:`).first();
        await message.waitFor({ timeout: 60_000 });
        const shown = await message.innerText();
        expect(shown).toContain('1 content error:');
        expect(shown).toContain(diagnostic());
      } finally {
        await opened.close();
      }
    });

    it('prints the same diagnostic in the terminal', { timeout: REQUEST_MS }, async () => {
      await expect.poll(() => server.log(), { timeout: 30_000 }).toContain(`  ${diagnostic()}\n`);
    });

    it('keeps the server running', () => {
      expect(server.alive(), server.log()).toBe(true);
    });
  });

  it('shows the article again once the file is fixed', { timeout: REQUEST_MS }, async () => {
    writeFileSync(seedFile, originalSeed);
    const response = await get(seed.slug);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(headline(html)).toBe(letters(seed.title));
    expect(shows(html, seed.sentence)).toBe(true);
    expect(server.alive()).toBe(true);
  });
});
