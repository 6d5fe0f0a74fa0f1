import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's WCAG 2.x A and AA rules (and its best practices) on the page as it is. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the debugging protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
