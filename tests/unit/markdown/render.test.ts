import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/text/problems';
import { renderMarkdown } from '@/lib/markdown/render';
import { pictureOf } from '@/lib/media/variants';

/**
 * Fixture folders: `input.md` → `expected.html`, plus `problems.txt` (one formatted problem per line,
 * absent when there are none), `lang.txt` (the article's language, `fr` when absent) and `dateline.txt` (the
 * front matter's dateline, none when absent). `UPDATE_FIXTURES=1 npx vitest run tests/unit/markdown` rewrites them
 * from the current output: review the diff before committing it.
 */
const fixturesDir = path.join(import.meta.dirname, 'fixtures');

/** Every photo a fixture names is a 1600 × 900 JPEG whose bytes are its path: its files are named after it. */
const photo = (sitePath: string) =>
  sitePath.startsWith('/images/')
    ? pictureOf(
        {
          path: sitePath,
          info: { format: 'jpeg', width: 1600, height: 900, orientation: 1, hash: sitePath, bytes: 1, graphic: false },
        },
        'full',
      )
    : undefined;
const update = process.env.UPDATE_FIXTURES === '1';

describe('renderMarkdown fixtures', () => {
  for (const name of readdirSync(fixturesDir).sort()) {
    it(name, () => {
      const dir = path.join(fixturesDir, name);
      const input = readFileSync(path.join(dir, 'input.md'), 'utf8');
      const langFile = path.join(dir, 'lang.txt');
      const lang = existsSync(langFile) ? readFileSync(langFile, 'utf8').trim() : 'fr';
      const datelineFile = path.join(dir, 'dateline.txt');
      const dateline = existsSync(datelineFile) ? readFileSync(datelineFile, 'utf8').trim() : undefined;
      const rendered = renderMarkdown(input, { lang, file: `${name}/input.md`, photo, dateline });
      const { html } = rendered;
      const problems = rendered.problems.map(formatProblem).join('\n');
      const problemsFile = path.join(dir, 'problems.txt');

      if (update) {
        writeFileSync(path.join(dir, 'expected.html'), html);
        if (problems) writeFileSync(problemsFile, problems + '\n');
      }
      expect(html).toBe(readFileSync(path.join(dir, 'expected.html'), 'utf8'));
      expect(problems).toBe(existsSync(problemsFile) ? readFileSync(problemsFile, 'utf8').trimEnd() : '');
    });
  }
});
