import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, openWithSlowFonts, scrollToEnd } from './browser';
import { contrast, luminance } from './colour';
import { baseURL, get, letters, normalize, parseHtml } from './http';
import { seed, sourceArticle, sourceArticles } from './sources';

const articlePath = '/articles/cisco-french-tech-2015';
const NOT_FOUND_TEXT = 'Cette page n’existe pas';

describe('the article, as a crawler fetches it', () => {
  it('is a complete French HTML document with a single <h1>, the seed title', async () => {
    const response = await get(articlePath);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html\b/);
    const html = await response.text();
    expect(html).toMatch(/<html[^>]*\slang="fr"[\s>]/);
    const headings = parseHtml(html).querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(letters(headings[0]?.textContent ?? '')).toBe(letters(seed.title));
  });
});

describe('related articles', () => {
  it('follow the article with links to published articles sharing a tag, and to nothing else', async () => {
    const document = parseHtml(await (await get(articlePath)).text());
    const links = [...document.querySelectorAll('aside.related a')].map((link) => link.getAttribute('href'));
    const seedTags = new Set(sourceArticle('cisco-french-tech-2015').tags);
    const expected = sourceArticles
      .filter(
        (other) =>
          other.slug !== 'cisco-french-tech-2015' && !other.draft && other.tags.some((tag) => seedTags.has(tag)),
      )
      .map((other) => `/articles/${other.slug}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(links).toHaveLength(Math.min(3, expected.length));
    for (const link of links) expect(expected).toContain(link);
  });
});

describe('the site in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every paragraph of the seed, word for word', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath);
    const text = await page.evaluate(() => ({
      body: document.body.innerText,
      h1: document.querySelector('h1')?.innerText ?? '',
      lead: document.querySelector<HTMLElement>('.lead')?.innerText ?? '',
      articleBody: document.querySelector<HTMLElement>('.article-body')?.innerText ?? '',
    }));
    await close();

    // Character for character; only the spacing is the site's typography.
    expect(letters(text.h1)).toBe(letters(seed.title));
    expect(letters(text.lead)).toBe(letters(seed.lead));
    const body = letters(text.body);
    const articleBody = letters(text.articleBody);
    const missing = [seed.title, seed.lead, ...seed.paragraphs].filter((line) => !body.includes(letters(line)));
    expect(missing, 'seed paragraphs missing from document.body.innerText').toEqual([]);
    const outsideBody = seed.paragraphs.filter((line) => !articleBody.includes(letters(line)));
    expect(outsideBody, 'seed paragraphs missing from .article-body').toEqual([]);
  });

  it('renders the quote, the tweet card and the article date', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath);
    const rendered = await page.evaluate(() => {
      const quote = document.querySelector('figure.quote');
      const tweet = document.querySelector<HTMLElement>('figure.tweet');
      const date = document.querySelector('article header time');
      return {
        quote: {
          blockquote: quote?.querySelector(':scope > blockquote')?.textContent ?? null,
          figcaption: quote?.querySelector(':scope > figcaption')?.textContent ?? null,
          captionsInBlockquote: quote?.querySelectorAll('blockquote figcaption').length ?? null,
        },
        tweet: tweet && {
          text: tweet.querySelector('blockquote')?.textContent ?? null,
          // innerText, as laid out and as a screen reader gets it: the caption's parts stay apart.
          shown: tweet.querySelector('figcaption')?.innerText ?? '',
          links: [...tweet.querySelectorAll('a')].map((a) => ({ text: a.textContent, href: a.getAttribute('href') })),
          times: [...tweet.querySelectorAll('time')].map((time) => ({
            text: time.textContent,
            datetime: time.getAttribute('datetime'),
          })),
        },
        date: date && { text: date.textContent, datetime: date.getAttribute('datetime') },
      };
    });
    await close();

    expect(letters(rendered.quote.blockquote ?? '')).toBe(letters(seed.quote));
    expect(rendered.quote.figcaption).toBe('— Matignon');
    expect(rendered.quote.captionsInBlockquote).toBe(0);

    const { tweet } = rendered;
    expect(tweet).not.toBeNull();
    expect(letters(tweet?.text ?? '')).toBe(letters(seed.tweetText));
    expect(normalize(tweet?.shown ?? '')).toBe(`${seed.tweet.name} @${seed.tweet.handle} Twitter`);
    expect(tweet?.links).toContainEqual({
      text: `@${seed.tweet.handle}`,
      href: `https://twitter.com/${seed.tweet.handle}`,
    });
    // The seed gives no status id, so there is nothing to link to.
    expect(tweet?.links.filter((link) => link.href?.includes('/status/'))).toEqual([]);
    expect(tweet?.times.map(({ text, datetime }) => ({ text: normalize(text ?? ''), datetime }))).toEqual([
      { text: '16 février 2015', datetime: '2015-02-16' },
    ]);
    // The seed's byline says "16 Février 2015", as Twitter capitalised it; French writes the month in lower case.
    expect(normalize(tweet?.times[0]?.text ?? '').toLowerCase()).toBe(seed.tweet.date.toLowerCase());

    // The byline gives the hour too, and keeps "16 février" and "18 h 00" from breaking.
    expect(rendered.date?.text).toBe('16\u00A0février 2015 à\u00A018\u00A0h\u00A000');
    expect(rendered.date?.datetime).toMatch(/^2015-02-16T18:00:00\+01:00/);
  });

  it.each([articlePath, '/', '/page/1', '/tags/cisco', '/articles/english-article', '/nope'])(
    '%s loads no script, asks nothing of another origin, and logs no error (no CSP violation either)',
    async (pathname) => {
      const url = baseURL + pathname;
      const { requests, errors, close } = await openPage(browser, url);
      await close();
      expect(requests).toContain(url);
      const origin = new URL(baseURL).origin;
      const offenders = requests.filter((request) => new URL(request).origin !== origin);
      expect(offenders, `requests to other origins: ${offenders.join(', ')}`).toEqual([]);
      expect(requests.filter((request) => /\.m?js(\?|$)/.test(new URL(request).pathname))).toEqual([]);
      // The not-found page is itself answered 404, which Chromium reports; nothing else may be.
      const ownStatus =
        pathname === '/nope'
          ? ['console: Failed to load resource: the server responded with a status of 404 (Not Found)']
          : [];
      expect(errors).toEqual(ownStatus);
    },
  );

  it.each([360, 412])(
    'fetches only the roman Latin face of its font, and a slow font moves nothing (CLS < 0.01 at %i px)',
    async (width) => {
      const { page, fonts, layoutShift, shifts, close } = await openWithSlowFonts(browser, baseURL + articlePath, {
        viewport: { width, height: 800 },
      });
      const cls = await layoutShift();
      const moved = await shifts();
      const family = await page.evaluate(() => getComputedStyle(document.querySelector('.article-body p')!).fontFamily);
      await close();
      expect(family).toMatch(/^"Source Serif 4", "Source Serif 4 Fallback"/);
      expect(fonts).toHaveLength(1);
      expect(fonts[0]).toMatch(/latin[-_]wght[-_]normal/);
      expect(cls, moved).toBeLessThan(0.01);
    },
  );

  it('is readable with JavaScript disabled', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath, { javaScriptEnabled: false });
    const text = await page.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent ?? '',
      quote: document.querySelector('figure.quote blockquote')?.textContent ?? '',
      tweet: document.querySelector('figure.tweet')?.textContent ?? '',
    }));
    await close();
    expect(letters(text.h1)).toBe(letters(seed.title));
    expect(letters(text.quote)).toBe(letters(seed.quote));
    expect(letters(text.tweet)).toContain(letters(seed.tweetText));
    expect(text.tweet).toContain(seed.tweet.name);
  });

  it('shows an article’s photos, loaded from the site itself, with their description, size, caption and credit', async () => {
    const url = `${baseURL}/articles/updated-article`;
    const { page, requests, errors, close } = await openPage(browser, url);
    await scrollToEnd(page);
    const photos = await page.evaluate(() =>
      [...document.querySelectorAll('figure.article-image, .article-body figure.photo')].map((figure) => {
        const image = figure.querySelector('img')!;
        return {
          alt: image.alt,
          loaded: image.complete && image.naturalWidth > 0,
          width: image.getAttribute('width'),
          caption: figure.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' '),
          credit: figure.querySelector('figcaption .credit')?.textContent?.replace(/\s+/g, ' '),
        };
      }),
    );
    await close();
    expect(photos).toEqual([
      {
        alt: sourceArticle('updated-article').image?.alt,
        loaded: true,
        width: '1200',
        caption: 'La maison au matin. © Anne Martin',
        credit: '© Anne Martin',
      },
      {
        alt: 'Une photo prise au téléphone, en hauteur',
        loaded: true,
        width: '1200',
        caption: 'Une photo de téléphone, tenu en hauteur Photo : Paul Durand',
        credit: 'Photo : Paul Durand',
      },
      {
        alt: 'Un graphique en barres',
        loaded: true,
        width: '1200',
        caption: 'Les chiffres du trimestre Infographie Kiosque',
        credit: 'Infographie Kiosque',
      },
    ]);
    const origin = new URL(baseURL).origin;
    expect(requests.filter((request) => new URL(request).origin !== origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'keeps body text readable in the %s colour scheme (contrast ≥ 7:1)',
    async (colorScheme) => {
      const { page, close } = await openPage(browser, baseURL + articlePath, { colorScheme });
      const colours = await page.evaluate(() => ({
        text: getComputedStyle(document.querySelector('.article-body p')!).color,
        background: getComputedStyle(document.body).backgroundColor,
      }));
      await close();
      const ratio = contrast(colours.text, colours.background);
      expect(ratio, `${colours.text} on ${colours.background}`).toBeGreaterThanOrEqual(7);
      expect(luminance(colours.background) < 0.2).toBe(colorScheme === 'dark');
    },
  );

  it('fits a 360 px wide screen without horizontal scrolling', async () => {
    const { page, close } = await openPage(browser, baseURL + articlePath, { viewport: { width: 360, height: 800 } });
    const size = await page.evaluate(() => ({
      viewport: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    await close();
    expect(size.viewport).toBe(360);
    expect(size.scrollWidth).toBeLessThanOrEqual(360);
  });

  it('shows the stories of the home page in the HTML the server sends, with their headline and date', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    // No JavaScript: what is listed is what the server sent, as a crawler sees it.
    const { page, close } = await openPage(browser, baseURL + '/', { javaScriptEnabled: false });
    const stories = await page.evaluate(() =>
      [...document.querySelectorAll('main :is(h2, h3) a[href^="/articles/"], main .brief-list a')].map((link) => ({
        href: link.getAttribute('href'),
        title: link.textContent ?? null,
        date: link.closest('article, li')?.querySelector('time')?.textContent ?? null,
      })),
    );
    await close();

    const cisco = stories.find((story) => story.href === articlePath);
    expect({ ...cisco, title: letters(cisco?.title ?? ''), date: normalize(cisco?.date ?? '') }).toEqual({
      href: articlePath,
      title: letters(seed.title),
      date: '16 février 2015',
    });
    const english = stories.find((story) => story.href === '/articles/english-article');
    expect(letters(english?.title ?? '')).toBe(letters(sourceArticle('english-article').title));
  });
});

describe('languages and drafts', () => {
  it('gives an English article <html lang="en">', async () => {
    const response = await get('/articles/english-article');
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<html[^>]*\slang="en"[\s>]/);
  });

  it('never publishes a draft', async () => {
    const draft = await get('/articles/draft-article');
    expect(draft.status).toBe(404);
    const home = await (await get('/')).text();
    expect(home).toContain(seed.title.slice(0, 20));
    expect(home).not.toContain(sourceArticle('draft-article').title);
    expect(home).not.toContain('draft-article');
  });
});

describe('unknown addresses', () => {
  it.each([
    '/articles/unknown-slug',
    '/articles/CISCO-FRENCH-TECH-2015',
    '/articles/Cisco-french-tech-2015',
    '/articles/cisco-french-tech-2015.md',
    '/articles/..%2f..%2fpackage.json',
    // `%2e%2e/` alone would be resolved away by fetch's URL parser before it is sent.
    '/articles/%2e%2e%2fpackage.json',
    '/nope',
    '/tags/nope',
    // The draft's only tag: a draft must not bring a tag page into being either.
    '/tags/brouillon',
  ])('%s is a 404 with the not-found page', async (pathname) => {
    const response = await get(pathname);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html\b/);
    expect(await response.text()).toContain(NOT_FOUND_TEXT);
  });
});
