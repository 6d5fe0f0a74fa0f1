import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '@/lib/content/source';
import { tagSlug } from '@/lib/text/slugs';
import { axeViolations } from './axe';
import { launchBrowser, openPage, openWithSlowFonts } from './browser';
import { baseURL, normalize } from './http';
import { projectRoot } from './processes';
import { sourceArticles } from './sources';

/**
 * The site at a phone's, a tablet's and a laptop's width, in both colour schemes: nothing scrolls
 * sideways, every tap target is 24 × 24 px at least, axe finds nothing, and on a phone the first
 * headline comes within the first 200 px. Each page is photographed into .e2e/screenshots/ for review
 * (not compared pixel by pixel). The font: a first page in the matched fallback moves nothing, the
 * next ones are in Source Serif 4.
 */
const WIDTHS = [360, 768, 1366] as const;
const SCHEMES = ['light', 'dark'] as const;
const articlePath = '/articles/cisco-french-tech-2015';
const englishPath = '/articles/english-article';
const pages = {
  'front-page': '/',
  article: articlePath,
  'english-article': englishPath,
  rubrique: '/rubriques/international',
};
const screenshotDir = path.join(projectRoot, '.e2e/screenshots');

/** Links in running text are the exception WCAG 2.5.8 makes: their size is the line's. */
const RUNNING_TEXT = '.article-body p, .article-body li, figure.tweet blockquote, .teaser-lead';

/** Every visible target smaller than 24 × 24 px outside running text, and every field set under 16 px. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((runningText) => {
    const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')];
    return targets.flatMap((target) => {
      const { width, height } = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (width === 0 || style.visibility === 'hidden' || target.closest(runningText)) return [];
      const name = `${target.tagName.toLowerCase()}.${target.className} “${(target.textContent ?? '').trim().slice(0, 30)}”`;
      const problems = [];
      if (width < 24 || height < 24) problems.push(`${name}: ${width.toFixed(1)} × ${height.toFixed(1)} px`);
      if (target.matches('input, select, textarea') && Number.parseFloat(style.fontSize) < 16)
        problems.push(`${name}: font-size ${style.fontSize}`);
      return problems;
    });
  }, RUNNING_TEXT);
}

/** The faces Chromium drew the text of `selector` with, as its devtools report them. */
async function facesOf(page: Page, selector: string): Promise<{ family: string; custom: boolean; bold: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((font) => ({
    family: font.familyName,
    custom: font.isCustomFont,
    bold: /bold/i.test(font.postScriptName),
  }));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(WIDTHS)('at %i px', (width) => {
  describe.each(SCHEMES)('in the %s scheme', (colorScheme) => {
    it.each(Object.entries(pages))(
      '%s scrolls only down, has tap targets of 24 px and fields of 16 px, and passes axe',
      async (name, pathname) => {
        const { page, close } = await openPage(browser, baseURL + pathname, {
          viewport: { width, height: 800 },
          colorScheme,
        });
        // As a reader sees it from their second page on: in Source Serif 4, from the cache.
        await page.reload({ waitUntil: 'networkidle' });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        const small = await smallTargets(page);
        const violations = await axeViolations(page);
        await page.screenshot({
          path: path.join(screenshotDir, `${name}-${width}-${colorScheme}.png`),
          fullPage: true,
        });
        await close();
        expect(scrollWidth).toBeLessThanOrEqual(width);
        expect(small).toEqual([]);
        expect(violations).toEqual([]);
      },
    );
  });
});

describe('on a phone (360 px)', () => {
  const phone = { viewport: { width: 360, height: 800 } };

  it('shows the first headline of the front page within the first 200 px, an article’s headline too', async () => {
    const front = await openPage(browser, baseURL + '/', phone);
    // The bottom of the headline's first line.
    const firstLine = await front.page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('main .teaser h2')!);
      return range.getClientRects()[0]!.bottom;
    });
    await front.close();
    const article = await openPage(browser, baseURL + articlePath, phone);
    const headline = await article.page.evaluate(() => document.querySelector('main h1')!.getBoundingClientRect().top);
    await article.close();
    expect(firstLine).toBeLessThanOrEqual(200);
    expect(headline).toBeLessThanOrEqual(200);
  });

  it('keeps the name and the search field on one bar, and the rubriques on one line', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath, phone);
    const layout = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return {
        title: box('.masthead-title'),
        field: box('.search-form input'),
        button: box('.search-form button'),
        rubriques: [...document.querySelectorAll('nav.sections li')].map((item) => item.getBoundingClientRect().top),
        tagline: getComputedStyle(document.querySelector('.masthead-tagline')!).display,
      };
    });
    await close();
    for (const part of [layout.field, layout.button]) {
      expect(part.top).toBeLessThan(layout.title.bottom);
      expect(part.bottom).toBeGreaterThan(layout.title.top);
      expect(part.right).toBeLessThanOrEqual(360);
    }
    expect(layout.field.width).toBeGreaterThan(100);
    expect(layout.tagline).toBe('none');
    expect(new Set(layout.rubriques).size).toBe(1);
  });

  it('searches from the bar', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath, phone);
    await page.getByRole('searchbox', { name: 'Rechercher un article' }).fill('Cisco');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/\/recherche\?q=Cisco$/);
    await close();
  });

  it('keeps the front page as tall as it is while one scrolls down it', async () => {
    const { page, close } = await openPage(browser, baseURL + '/', phone);
    const heights = await page.evaluate(async () => {
      const height = () => document.documentElement.scrollHeight;
      const before = height();
      for (let y = 0; y < height(); y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      return { before, after: height() };
    });
    await close();
    expect(heights.after).toBe(heights.before);
  });

  it('holds a tweet card’s header on one line, whole, and shows the link to the original, reachable by keyboard', async () => {
    const headers = [];
    for (const pathname of [articlePath, englishPath]) {
      const { page, close } = await openPage(browser, baseURL + pathname, phone);
      headers.push(
        await page.evaluate(() => {
          const caption = document.querySelector<HTMLElement>('figure.tweet figcaption')!;
          const parts = [...caption.children].map((part) => part.getBoundingClientRect());
          return {
            // On one line, every part shares a band of height.
            oneLine: Math.max(...parts.map((part) => part.top)) < Math.min(...parts.map((part) => part.bottom)),
            cut: [...caption.querySelectorAll<HTMLElement>('.tweet-name, .tweet-handle')]
              .filter((part) => part.scrollWidth > part.clientWidth)
              .map((part) => part.textContent),
          };
        }),
      );
      if (pathname === englishPath) {
        const link = page.locator('figure.tweet .tweet-link');
        expect(await link.getAttribute('href')).toBe('https://twitter.com/jack/status/20');
        const box = await link.boundingBox();
        expect(box?.width).toBeGreaterThanOrEqual(24);
        expect(box?.height).toBeGreaterThanOrEqual(24);
        let reached = false;
        for (let step = 0; step < 60 && !reached; step++) {
          await page.keyboard.press('Tab');
          reached = await link.evaluate((element) => element === document.activeElement);
        }
        expect(reached).toBe(true);
      }
      await close();
    }
    expect(headers).toEqual([
      { oneLine: true, cut: [] },
      { oneLine: true, cut: [] },
    ]);
  });

  // The rubrique's page leads with the seed, whose headline gained a line at 412 px when the bold face came in.
  it.each([
    ['/', 360],
    ['/', 412],
    ['/rubriques/economie', 360],
    ['/rubriques/economie', 412],
  ])(
    'lets a slow font move nothing on %s, its headlines set in a real bold fallback (CLS < 0.01 at %i px)',
    async (pathname, viewportWidth) => {
      const { page, layoutShift, shifts, close } = await openWithSlowFonts(browser, baseURL + pathname, {
        viewport: { width: viewportWidth, height: 800 },
      });
      const cls = await layoutShift();
      const moved = await shifts();
      const faces = {
        headline: await facesOf(page, 'main .teaser h2 a'),
        lead: await facesOf(page, 'main .teaser-lead'),
      };
      await close();
      expect(cls, moved).toBeLessThan(0.01);
      expect(faces.headline.map(({ custom, bold }) => ({ custom, bold }))).toEqual([{ custom: false, bold: true }]);
      expect(faces.lead.map(({ custom, bold }) => ({ custom, bold }))).toEqual([{ custom: false, bold: false }]);
    },
  );
});

describe('the reading face', () => {
  it('sets a reader’s next page in Source Serif 4, from the cache', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath);
    await page.goto(baseURL + '/', { waitUntil: 'networkidle' });
    const faces = await facesOf(page, 'main .teaser h2 a');
    await close();
    // A variable font: its one file draws every weight.
    expect(faces.map(({ family, custom }) => ({ family, custom }))).toEqual([
      { family: 'Source Serif 4', custom: true },
    ]);
  });
});

describe('the rubriques in the navigation', () => {
  /** The site's rubriques that a published article belongs to, in the site's order. */
  const sections = loadSettings(path.join(projectRoot, 'tests/e2e/content')).settings.sections.map(({ name }) => name);
  const withArticles = sections.filter((name) =>
    sourceArticles.some(
      (article) => !article.draft && article.section !== undefined && tagSlug(article.section) === tagSlug(name),
    ),
  );

  async function navigation(pathname: string) {
    const { page, close } = await openPage(browser, baseURL + pathname);
    const links = (selector: string) =>
      page.locator(selector).evaluateAll((elements) =>
        elements.map((link) => ({
          name: link.textContent,
          href: link.getAttribute('href'),
          current: link.getAttribute('aria-current'),
        })),
      );
    const found = { header: await links('nav.sections a'), footer: await links('footer nav a') };
    await close();
    return found;
  }

  it('are those with a published article, in the site’s order, repeated in the footer', async () => {
    expect(withArticles.length).toBeGreaterThan(1);
    expect(withArticles.length).toBeLessThan(sections.length);
    const { header, footer } = await navigation('/');
    expect(header.map((link) => link.name)).toEqual(withArticles);
    expect(header.map((link) => link.href)).toEqual(withArticles.map((name) => `/rubriques/${tagSlug(name)}`));
    expect(footer).toEqual(header);
    expect(header.filter((link) => link.current)).toEqual([]);
  });

  it.each([
    [articlePath, 'Économie'],
    [englishPath, 'International'],
    ['/rubriques/international', 'International'],
  ])('mark the current one on %s', async (pathname, current) => {
    const { header, footer } = await navigation(pathname);
    for (const links of [header, footer])
      expect(links.filter((link) => link.current).map((link) => [link.name, link.current])).toEqual([
        [current, 'true'],
      ]);
  });
});

describe('an English article among French ones', () => {
  it('has its rubrique for its kicker, and its date marked as English on the front page', async () => {
    const article = await openPage(browser, baseURL + englishPath);
    const kicker = await article.page
      .locator('.article-header .kicker a')
      .evaluate((link) => ({ text: link.textContent, href: link.getAttribute('href') }));
    await article.close();
    expect(kicker).toEqual({ text: 'International', href: '/rubriques/international' });

    const front = await openPage(browser, baseURL + '/');
    const date = await front.page
      // A short article runs in « En continu », a longer one as a teaser: its date is marked English either way.
      .locator(`main :is(.teaser, .brief-list li):has(a[href="${englishPath}"]) time`)
      .evaluate((time) => ({ text: time.textContent, lang: time.closest('[lang]')?.getAttribute('lang') }));
    await front.close();
    expect({ ...date, text: normalize(date.text ?? '') }).toEqual({ text: 'March 1, 2015', lang: 'en' });
  });
});
