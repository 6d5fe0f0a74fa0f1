import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelsFor } from '@/lib/text/labels';
import { axeViolations } from './axe';
import { launchBrowser, openPage } from './browser';
import { contrast } from './colour';
import { baseURL, letters, normalize } from './http';
import { seed } from './sources';

/**
 * What a reader meets in Chromium: every page type passes axe in both colour schemes, the keyboard
 * goes through the article in the order it is shown, French typography holds at every width, the
 * site can be searched and walked through, and an English page speaks English.
 */
const articlePath = '/articles/cisco-french-tech-2015';
const pageTypes = {
  'the front page': '/',
  'a French article': articlePath,
  'an English article': '/articles/english-article',
  'a rubrique': '/rubriques/economie',
  'an author': '/auteurs/la-redaction',
  'a tag': '/tags/cisco',
  'the search page': '/recherche?q=Cisco',
  'the legal notice': '/mentions-legales',
  'the 404 page': '/nope',
  'a tribune': '/articles/tribune-article',
  'a corrected article with a dateline': '/articles/corrected-article',
  'an author with a profile': '/auteurs/anne-martin',
  'a page of the paper': '/a-propos',
  'the corrections': '/corrections',
  'an archive page of the corrections': '/corrections/page/1',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(Object.entries(pageTypes))(`finds no violation on %s (${colorScheme})`, async (_, path) => {
      const { page, close } = await openPage(browser, baseURL + path, { colorScheme });
      if (path.startsWith('/recherche')) await page.locator('#search-results .search-status').waitFor();
      const violations = await axeViolations(page);
      await close();
      expect(violations).toEqual([]);
    });
  }
});

describe('the tweet card', () => {
  it('gives the @handle a link the size of its text, not of its row', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath, { viewport: { width: 1280, height: 900 } });
    const sizes = await page.evaluate(() => {
      const handle = document.querySelector('figure.tweet .tweet-handle')!;
      const range = document.createRange();
      range.selectNodeContents(handle);
      return { link: handle.getBoundingClientRect().width, text: range.getBoundingClientRect().width };
    });
    await close();
    expect(sizes.link).toBeLessThanOrEqual(sizes.text + 1);
  });
});

describe('the article with a keyboard', () => {
  it('goes through the links and fields in the order they are shown', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath, { viewport: { width: 1280, height: 900 } });
    const stops: { name: string; top: number; left: number; bottom: number }[] = [];
    for (let step = 0; step < 80; step++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return undefined;
        const rect = active.getBoundingClientRect();
        return {
          name: `${active.tagName.toLowerCase()} ${(active.textContent ?? active.getAttribute('value') ?? '').trim().slice(0, 30)}`,
          top: rect.top + window.scrollY,
          left: rect.left + window.scrollX,
          bottom: rect.bottom + window.scrollY,
        };
      });
      if (!stop || stops.some((seen) => seen.name === stop.name && seen.top === stop.top)) break;
      stops.push(stop);
    }
    await close();
    expect(stops.length).toBeGreaterThan(15);
    // Each stop is below the previous one, or on the same line and to its right (or on a wrapped
    // line of the same run): never back up the page.
    const backwards = stops.slice(1).filter((stop, index) => {
      const previous = stops[index]!;
      const sameLine = stop.top < previous.bottom && stop.bottom > previous.top;
      return sameLine ? stop.left < previous.left : stop.top < previous.top;
    });
    expect(
      backwards.map((stop) => stop.name),
      stops.map((stop) => stop.name).join(' → '),
    ).toEqual([]);
  });
});

describe('French typography in Chromium', () => {
  it('starts no line of the seed’s title, lead or tweet with ; : ! ? » or a currency sign, from 300 to 1,000 px', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath, { viewport: { width: 1000, height: 900 } });
    const offenders: string[] = [];
    for (let width = 300; width <= 1000; width += 10) {
      await page.setViewportSize({ width, height: 900 });
      const lines = await page.evaluate(() => {
        /** The first visible character of every line the element is laid out in. */
        const lineStarts = (element: Element | null): string[] => {
          if (!element) return ['(missing)'];
          const starts: string[] = [];
          let lastTop = -Infinity;
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (let index = 0; index < text.length; index++) {
              if (/\s/.test(text[index]!)) continue;
              const range = document.createRange();
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              const rect = range.getBoundingClientRect();
              if (rect.width === 0) continue;
              if (rect.top > lastTop + rect.height / 2) starts.push(text.slice(index, index + 12));
              lastTop = Math.max(lastTop, rect.top);
            }
          }
          return starts;
        };
        return {
          title: lineStarts(document.querySelector('h1')),
          lead: lineStarts(document.querySelector('.lead')),
          tweet: lineStarts(document.querySelector('figure.tweet blockquote')),
        };
      });
      for (const [part, starts] of Object.entries(lines))
        for (const start of starts) if (/^[;:!?»$€£%]/.test(start)) offenders.push(`${width} px, ${part}: “${start}…”`);
    }
    await close();
    expect(offenders).toEqual([]);
  });
});

describe('the front page', () => {
  it('keeps its teasers to a reading measure: fewer than 75 characters a line, on a wide screen too', async () => {
    const { page, close } = await openPage(browser, baseURL + '/', { viewport: { width: 1366, height: 900 } });
    const longest = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll('.teaser-lead')].flatMap((lead) => {
          // Characters per laid-out line, from each character's box.
          const counts = new Map<number, number>();
          const walker = document.createTreeWalker(lead, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let index = 0; index < (node.textContent ?? '').length; index++) {
              const range = document.createRange();
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              const { top, width } = range.getBoundingClientRect();
              if (width > 0) counts.set(Math.round(top), (counts.get(Math.round(top)) ?? 0) + 1);
            }
          }
          return [...counts.values()];
        }),
      ),
    );
    await close();
    expect(longest).toBeGreaterThan(30);
    expect(longest).toBeLessThan(75);
  });
});

describe('printing an article', () => {
  it('prints black on white even from a dark screen, with the article’s address', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(() => {
      const colour = (selector: string) => getComputedStyle(document.querySelector(selector)!).color;
      return {
        background: getComputedStyle(document.body).backgroundColor,
        byline: colour('.byline-dates'),
        tweet: colour('figure.tweet blockquote'),
        body: colour('.article-body p'),
        address: (document.querySelector<HTMLElement>('.print-only')?.innerText ?? '').trim(),
        date: (document.querySelector<HTMLElement>('.byline-dates')?.innerText ?? '').trim(),
        navigation: getComputedStyle(document.querySelector('nav.sections')!).display,
      };
    });
    await close();
    expect(printed.background).toBe('rgb(255, 255, 255)');
    for (const part of ['byline', 'tweet', 'body'] as const)
      expect(contrast(printed[part], printed.background), `${part}: ${printed[part]}`).toBeGreaterThanOrEqual(7);
    expect(printed.address).toBe(baseURL + articlePath);
    expect(normalize(printed.date)).toMatch(/16 février 2015/);
    expect(printed.navigation).toBe('none');
  });
});

describe('search', () => {
  it('starts from the header’s plain form and reaches the article', async () => {
    const { page, close } = await openPage(browser, baseURL + '/');
    await page.getByRole('searchbox', { name: 'Rechercher un article' }).first().fill('Cisco');
    await page.getByRole('button', { name: 'Rechercher' }).first().click();
    await page.waitForURL(/\/recherche\?q=Cisco$/);
    const result = page.locator('#search-results ol a').first();
    await result.waitFor({ timeout: 15_000 });
    const listed = await page
      .locator('#search-results article')
      .first()
      .evaluate((article) => ({
        rubrique: article.querySelector('.kicker')?.textContent ?? '',
        title: article.querySelector('h2')?.textContent ?? '',
        date: article.querySelector('time')?.textContent ?? '',
        excerpt: article.querySelector('.teaser-lead')?.textContent ?? '',
        marked: [...article.querySelectorAll('mark')].map((mark) => mark.textContent),
      }));
    expect(letters(listed.title)).toBe(letters(seed.title));
    expect(listed.date).toMatch(/^16 février 2015$/);
    expect(listed.rubrique).toBe('Économie');
    expect(listed.marked.map((word) => word?.toLowerCase())).toContain('cisco');
    // The title is shown above the excerpt: the excerpt, cut from the lead and the body, never repeats it.
    expect(letters(listed.excerpt)).not.toContain(letters(seed.title).slice(0, 40));
    await result.click();
    await page.waitForURL(new RegExp(`${articlePath}$`));
    expect(letters(await page.locator('h1').innerText())).toBe(letters(seed.title));
    await close();
  });

  it('shows one search form, its own, holding the query', async () => {
    const { page, close } = await openPage(browser, baseURL + '/recherche?q=Cisco');
    await page.locator('#search-results .search-status').waitFor({ timeout: 15_000 });
    const forms = await page.locator('form').evaluateAll((found) =>
      found.map((form) => ({
        className: form.className,
        role: form.getAttribute('role'),
        query: (form.querySelector('input[name="q"]') as HTMLInputElement | null)?.value,
      })),
    );
    await close();
    expect(forms).toEqual([{ className: 'search-page-form', role: 'search', query: 'Cisco' }]);
  });

  it.each(['light', 'dark'] as const)(
    'marks the words found legibly in the %s colour scheme (contrast ≥ 4.5:1)',
    async (colorScheme) => {
      const { page, close } = await openPage(browser, baseURL + '/recherche?q=Cisco', { colorScheme });
      const mark = page.locator('#search-results mark').first();
      await mark.waitFor({ timeout: 15_000 });
      const colours = await mark.evaluate((element) => ({
        text: getComputedStyle(element).color,
        background: getComputedStyle(element).backgroundColor,
        page: getComputedStyle(document.body).backgroundColor,
      }));
      await close();
      expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
      // A highlight: it stands out from the page around it.
      expect(colours.background).not.toBe(colours.page);
    },
  );

  it('says when nothing matches', async () => {
    const { page, close } = await openPage(browser, baseURL + '/recherche?q=zzzqqq');
    await expect
      .poll(() => page.locator('#search-results .search-status').textContent(), { timeout: 15_000 })
      .toMatch(/Aucun article ne correspond à «\s*zzzqqq\s*»/);
    await close();
  });
});

describe('rubriques', () => {
  it('show an article’s rubrique as its kicker, linked to the rubrique’s page, which lists it', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath);
    const kicker = await page.locator('.article-header .kicker a').evaluate((link) => ({
      text: link.textContent,
      href: link.getAttribute('href'),
    }));
    await close();
    expect(kicker).toEqual({ text: 'Économie', href: '/rubriques/economie' });
    const rubrique = await openPage(browser, baseURL + kicker.href);
    const listed = await rubrique.page
      .locator('main article h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await rubrique.close();
    expect(listed).toContain(articlePath);
  });
});

describe('walking the site', () => {
  it('reaches a rubrique from the navigation, an author from the byline, a tag from the article', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath);
    const targets = await page.evaluate(() => ({
      rubrique: document.querySelector('nav.sections a')?.getAttribute('href'),
      author: document.querySelector('.byline-authors a')?.getAttribute('href'),
      tag: document.querySelector('ul.tags a')?.getAttribute('href'),
      legal: [...document.querySelectorAll('.site-footer a')]
        .find((a) => a.textContent === 'Mentions légales')
        ?.getAttribute('href'),
    }));
    await close();
    expect(targets).toEqual({
      rubrique: '/rubriques/economie',
      author: '/auteurs/la-redaction',
      tag: '/tags/cisco',
      legal: '/mentions-legales',
    });
    for (const path of Object.values(targets)) {
      if (!path) continue;
      const opened = await openPage(browser, baseURL + path);
      const heading = await opened.page.locator('h1').innerText();
      await opened.close();
      expect(heading.trim().length, path).toBeGreaterThan(0);
    }
  });
});

describe('trust, as a reader sees it', () => {
  it('sets the dateline in small capitals at the start of the text, and leads from the byline to the corrections', async () => {
    const { page, close } = await openPage(browser, baseURL + '/articles/corrected-article', {
      viewport: { width: 1280, height: 900 },
    });
    const dateline = await page
      .locator('.article-body p .dateline')
      .first()
      .evaluate((element) => ({
        caps: getComputedStyle(element).fontVariantCaps,
        first: element.parentElement?.firstChild === element,
      }));
    expect(dateline).toEqual({ caps: 'all-small-caps', first: true });
    await page.getByRole('link', { name: /^Cet article a été corrigé le/ }).click();
    await page.waitForURL(/#corrections$/);
    const section = page.locator('#corrections');
    expect(await section.getByRole('heading', { level: 2 }).innerText()).toMatch(/^corrections$/i);
    const box = await section.boundingBox();
    expect(box!.y).toBeLessThan(900);
    expect(box!.y + box!.height).toBeGreaterThan(0);
    await close();
  });

  it('sets a tribune apart from reporting: its label boxed, its headline in italics', async () => {
    const styles = async (path: string) => {
      const { page, close } = await openPage(browser, baseURL + path);
      const style = await page.evaluate(() => ({
        label: getComputedStyle(document.querySelector('.article-header .article-type') ?? document.body)
          .borderTopStyle,
        headline: getComputedStyle(document.querySelector('h1')!).fontStyle,
      }));
      await close();
      return style;
    };
    expect(await styles('/articles/tribune-article')).toEqual({ label: 'solid', headline: 'italic' });
    expect(await styles(articlePath)).toEqual({ label: 'none', headline: 'normal' });
  });

  it('reaches the paper’s pages from the footer, and the author’s profile from the byline', async () => {
    const { page, close } = await openPage(browser, baseURL + '/articles/corrected-article');
    await page.locator('.site-footer').getByRole('link', { name: 'À propos' }).click();
    await page.waitForURL(/\/a-propos$/);
    expect(await page.locator('h1').innerText()).toBe('À propos');
    await page.goto(baseURL + '/articles/corrected-article');
    await page.locator('.byline-authors').getByRole('link', { name: 'Anne Martin' }).click();
    await page.waitForURL(/\/auteurs\/anne-martin$/);
    const portrait = await page.locator('.profile img').evaluate((image: HTMLImageElement) => ({
      loaded: image.complete && image.naturalWidth > 0,
      alt: image.alt,
    }));
    expect(portrait).toEqual({ loaded: true, alt: 'Anne Martin, journaliste à Kiosque' });
    await close();
  });
});

describe('an English article', () => {
  it('has no French word of the site outside an element marked lang="fr"', async () => {
    const { page, close } = await openPage(browser, baseURL + '/articles/english-article');
    const english = await page.evaluate(() => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
        if (lang.startsWith('en') && node.parentElement?.closest('script') === null) texts.push(node.textContent ?? '');
      }
      return texts.join('\n');
    });
    await close();
    const french = Object.entries(labelsFor('fr'))
      .filter(([key, value]) => key !== 'lang' && value !== labelsFor('en')[key as keyof ReturnType<typeof labelsFor>])
      .map(([, value]) => value.replace(/\{\w+\}.*$/, '').trim())
      .filter((value) => value.length > 3);
    expect(french.filter((label) => english.includes(label))).toEqual([]);
  });
});
