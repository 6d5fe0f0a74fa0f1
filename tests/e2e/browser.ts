import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
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

/** Opens `url` in a fresh context and waits until the network is idle, so late requests are recorded too. */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
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
