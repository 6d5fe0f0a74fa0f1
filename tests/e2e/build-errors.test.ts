import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextBuild, projectRoot } from './next-build';

const distDir = '.e2e/next-broken';

const folder = 'tests/e2e/broken-content';

/** What an editor must read for each file of tests/e2e/broken-content/: where, what, and what was expected. */
const diagnostics: { file: string; line: number; column: number; message: string }[] = [
  { file: 'broken-yaml.md', line: 2, column: 1, message: 'title: YAML does not parse: Missing closing "quote' },
  {
    file: 'impossible-date.md',
    line: 3,
    column: 7,
    message:
      'date: is not a real day: February 2015 has 28 days (expected an ISO 8601 date such as 2015-02-16 or 2015-02-16T18:00:00+01:00, found "2015-02-30")',
  },
  { file: 'missing-title.md', line: 2, column: 1, message: 'title: is required (expected a value, found nothing)' },
  {
    file: 'raw-iframe.md',
    line: 9,
    column: 1,
    message:
      'raw HTML: is not rendered; write it in Markdown instead (expected Markdown, a :::quote or a :::tweet block, found <iframe src="https://example.com"></iframe>)',
  },
  {
    file: 'tweet-without-handle.md',
    line: 9,
    column: 1,
    message:
      ':::tweet: is missing handle (expected :::tweet{name="…" handle="…" date="YYYY-MM-DD"}, found {name="X" date="2015-02-16"})',
  },
];

describe('a build from broken content', () => {
  let build: { code: number | null; output: string };

  beforeAll(async () => {
    rmSync(path.join(projectRoot, distDir), { recursive: true, force: true });
    build = await nextBuild({
      // Absolute on purpose; diagnostics still name files relative to the project.
      CONTENT_DIR: path.join(projectRoot, folder),
      KIOSQUE_DIST_DIR: distDir,
      SITE_URL: 'http://127.0.0.1:3000',
    });
  });

  it('fails', () => {
    expect(build.code, build.output).not.toBe(0);
    // Next 16 writes BUILD_ID only after collecting page data, which is where content errors stop it.
    expect(existsSync(path.join(projectRoot, distDir, 'BUILD_ID'))).toBe(false);
  });

  it.each(diagnostics)('names $file and line $line', ({ file, line }) => {
    expect(build.output).toContain(`${folder}/${file}:${line}:`);
  });

  it.each(diagnostics)('says what is wrong in $file', ({ file, line, column, message }) => {
    expect(build.output).toContain(`${folder}/${file}:${line}:${column}  ${message}`);
  });
});
