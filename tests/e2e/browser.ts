import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { findChromium } from './chromium';

/** Flags that behave in this sandbox: without the networking ones Chromium keeps calling Google's hosts. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium findChromium() names (CHROME_PATH, else the PATH). `extraArgs` adds flags, such as the
 * remote-debugging port Lighthouse connects to.
 */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_FLAGS, ...extraArgs] });
}

export interface OpenedPage {
  page: Page;
  /** Every URL the page asked for, the document included. */
  requests: string[];
  /** Console messages of type error and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens `url` in a fresh context and waits until the network is idle, so late requests are recorded too.
 * `prepare` runs on the context and the page before the page loads.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext, page: Page) => Promise<void>,
): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await prepare?.(context, page);
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, requests, errors, close: () => context.close() };
}

export interface SlowFontPage extends OpenedPage {
  /** The pathnames of the fonts the page asked for. */
  fonts: string[];
  /** The cumulative layout shift from the first paint until every font was in. */
  layoutShift(): Promise<number>;
  /** What moved, when and from where to where: the message a failed layout-shift assertion shows. */
  shifts(): Promise<string>;
}

interface Shift {
  value: number;
  startTime: number;
  sources: { node: string; from: string; to: string }[];
}

/**
 * Opens `url` with every font answering 2.5 s late, so the text is laid out first in the metric-matched
 * fallback: whatever moves once the fonts are in is the fonts' doing.
 */
export async function openWithSlowFonts(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<SlowFontPage> {
  const fonts: string[] = [];
  const opened = await openPage(browser, url, options, async (context, page) => {
    await context.route(/\.woff2$/, async (route) => {
      fonts.push(new URL(route.request().url()).pathname);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await route.continue();
    });
    await page.addInitScript(() => {
      type LayoutShift = PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      };
      const rect = ({ x, y, width, height }: DOMRectReadOnly) => `${x},${y} ${width}×${height}`;
      const describe = (node: Node | null) =>
        node instanceof Element
          ? `<${node.localName}${node.className ? ` class="${node.className}"` : ''}> ${(node.textContent ?? '').trim().slice(0, 40)}`
          : String(node?.nodeName);
      const shifts: Shift[] = [];
      (window as unknown as { shifts: Shift[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as LayoutShift[])
          if (!entry.hadRecentInput)
            shifts.push({
              value: entry.value,
              startTime: Math.round(entry.startTime),
              sources: entry.sources.map((source) => ({
                node: describe(source.node),
                from: rect(source.previousRect),
                to: rect(source.currentRect),
              })),
            });
      }).observe({ type: 'layout-shift', buffered: true });
    });
  });
  const recorded = () => opened.page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
  return {
    ...opened,
    fonts,
    async layoutShift() {
      await opened.page.evaluate(() => document.fonts.ready);
      return (await recorded()).reduce((sum, shift) => sum + shift.value, 0);
    },
    async shifts() {
      return JSON.stringify({ fonts, shifts: await recorded() }, null, 1);
    },
  };
}

/** Scrolls `page` to its end half a screen at a time, as a reader does, so lazy images load; then waits for the network. */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForLoadState('networkidle');
}
