import lighthouse, { type Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { absolute } from './http';
import { freePort } from './processes';

/**
 * Lighthouse's SEO, best-practices and accessibility audits on the production build, with its default mobile
 * settings (Google indexes the mobile rendering of a page). One Chrome serves every run.
 */

/** SEO and best practices are what crawlers need; accessibility and performance, what every reader needs. */
const CATEGORIES = ['performance', 'seo', 'best-practices', 'accessibility'] as const;

/**
 * The same Chromium as the browser tests, with a debugging port Lighthouse connects to: a fresh one
 * for each audit (a browser that already traced a page load sometimes fails the next, NO_NAVSTART).
 */
async function withChrome<T>(run: (port: number) => Promise<T>): Promise<T> {
  const port = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  try {
    return await run(port);
  } finally {
    await browser.close();
  }
}

/**
 * Every weighted audit that did not pass, as `category/id — title (score): why`. Performance is judged
 * by its category score alone: its metrics are simulated, and a 0.99 on one of them still makes 100.
 */
function failingAudits(lhr: Result, categories: readonly string[]): string[] {
  return categories.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== 1)
      .map(
        (audit) =>
          `${id}/${audit?.id} — ${audit?.title} (score ${audit?.score}): ${audit?.errorMessage ?? audit?.explanation ?? audit?.displayValue ?? 'see the report'}`,
      ),
  );
}

/**
 * Lighthouse's 4× CPU slowdown is calibrated for a high-end desktop, a BenchmarkIndex of 1500 to 2000
 * (docs/throttling.md, "Calibrating the CPU slowdown"): it makes of one a mid-tier phone. This host's
 * index measures 1500–1750 when idle, and drops when other tests hold its two cores. The slowdown that
 * emulates the same phone on the host as it was measured in a run: never more than the default.
 */
const REFERENCE_BENCHMARK_INDEX = 1750;
const DEFAULT_CPU_SLOWDOWN = 4;
function calibratedSlowdown(benchmarkIndex: number): number {
  return Math.min(
    DEFAULT_CPU_SLOWDOWN,
    Math.max(1, (DEFAULT_CPU_SLOWDOWN * benchmarkIndex) / REFERENCE_BENCHMARK_INDEX),
  );
}

// A page's performance score varies from run to run with the host's load, as Lighthouse warns: a page
// passes if one of three runs scores 100.
describe('Lighthouse, mobile', { retry: 2 }, () => {
  it.each(['/', '/articles/cisco-french-tech-2015', '/articles/updated-article'])(
    '%s scores 100 in performance, SEO, best practices and accessibility',
    async (path) => {
      const url = absolute(path);
      const audit = (cpuSlowdownMultiplier = DEFAULT_CPU_SLOWDOWN) =>
        withChrome((port) =>
          lighthouse(url, {
            port,
            onlyCategories: [...CATEGORIES],
            formFactor: 'mobile',
            throttling: { cpuSlowdownMultiplier },
            logLevel: 'error',
            output: 'json',
          }),
        );
      let result = await audit();
      // Lighthouse's own known failure to record a trace on a busy machine says nothing of the page: once more.
      if (result?.lhr.runtimeError?.code === 'NO_NAVSTART') result = await audit();
      // Nor does one timing taken while another process held both cores (a page with no script showing
      // 110 ms of blocking time): a performance below 100 is measured once more, with the slowdown
      // calibrated to the host as the first run measured it, and the second must be 100. A page that
      // is truly slower fails both.
      if (result && !result.lhr.runtimeError && (result.lhr.categories.performance?.score ?? 0) < 0.995)
        result = await audit(calibratedSlowdown(result.lhr.environment.benchmarkIndex));
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { lhr } = result;

      expect(lhr.runtimeError, `Lighthouse could not audit ${url}: ${lhr.runWarnings.join(' ')}`).toBeUndefined();
      expect(lhr.finalDisplayedUrl).toBe(url);
      const failing = failingAudits(lhr, CATEGORIES);
      // As Lighthouse shows it: 0.995 and above is 100.
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100) / 100]),
      );
      const host = `host BenchmarkIndex ${Math.round(lhr.environment.benchmarkIndex)}, CPU slowdown ${lhr.configSettings.throttling.cpuSlowdownMultiplier.toFixed(2)}×`;
      expect(scores, `failing audits on ${url} (${host}):\n${failing.join('\n')}`).toEqual({
        performance: 1,
        seo: 1,
        'best-practices': 1,
        accessibility: 1,
      });
      expect(failingAudits(lhr, ['seo', 'best-practices', 'accessibility'])).toEqual([]);
    },
    180_000,
  );
});
