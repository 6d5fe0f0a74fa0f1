import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenContentFolder, expectedProblems } from '../fixtures/broken-content';
import { get } from './http';
import { copyOfContent, projectRoot } from './processes';
import { buildSite } from './site';
import { inject } from 'vitest';

/**
 * A build that fails — a bad file, or killed halfway — never touches the site being served: these
 * builds write into the very out/ that `npm start` serves for the other tests, and the site stays
 * whole and the same.
 */
const outDir = inject('outDir');
const articlePath = '/articles/cisco-french-tech-2015';

async function servedSite(): Promise<{ status: number; html: string; index: string }> {
  const article = await get(articlePath);
  return {
    status: article.status,
    html: await article.text(),
    index: readFileSync(path.join(outDir, 'index.html'), 'utf8'),
  };
}

describe('a build from the showcase of editors’ mistakes', () => {
  let build: { code: number | null; output: string };
  let before: Awaited<ReturnType<typeof servedSite>>;

  beforeAll(async () => {
    before = await servedSite();
    build = await buildSite({
      // Absolute on purpose; problems still name files relative to the project.
      CONTENT_DIR: path.join(projectRoot, brokenContentFolder),
      OUT_DIR: outDir,
      SITE_URL: 'http://127.0.0.1:3000',
    });
  });

  it('fails, and says the site was not built', () => {
    expect(build.code, build.output).toBe(1);
    expect(build.output).toContain(`The site was not built: fix the errors above (${outDir} is unchanged).`);
  });

  it.each(expectedProblems)('prints, as npm run check does: %s', (line) => {
    expect(build.output).toContain(`${line}\n`);
  });

  it('counts every problem, and shows no stack trace', () => {
    const errors = expectedProblems.filter((line) => !line.includes('  warning: ')).length;
    expect(build.output).toMatch(
      new RegExp(`✗ ${brokenContentFolder}: ${errors} errors, \\d+ warnings? in \\d+ files`),
    );
    expect(build.output).not.toMatch(/^\s+at /m);
  });

  it('leaves the site served as it was', async () => {
    const after = await servedSite();
    expect(after.status).toBe(200);
    expect(after).toEqual(before);
  });
});

describe('a build killed halfway', () => {
  it('leaves the site served as it was', async () => {
    const before = await servedSite();
    // A valid folder whose site would differ: the seed retitled.
    const contentDir = path.join(projectRoot, '.e2e/content-killed');
    copyOfContent(contentDir);
    const seed = path.join(contentDir, 'cisco-french-tech-2015.md');
    writeFileSync(
      seed,
      readFileSync(seed, 'utf8').replace(/^title: .*$/m, 'title: "Un titre qui ne doit jamais paraître"'),
    );

    const build = await buildSite(
      { CONTENT_DIR: contentDir, OUT_DIR: outDir, SITE_URL: 'http://127.0.0.1:3000' },
      // Killed once the content is read, while Next renders the pages.
      { onOutput: (output, stop) => output.includes('  content:') && stop() },
    );
    expect(build.signal ?? build.code, build.output).not.toBe(0);
    expect(build.output).not.toContain('✓ published');
    const after = await servedSite();
    expect(after).toEqual(before);
    expect(after.html).not.toContain('Un titre qui ne doit jamais paraître');
  }, 120_000);
});
