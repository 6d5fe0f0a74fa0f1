import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenContentFolder, expectedProblems } from '../fixtures/broken-content';
import { nextBuild, projectRoot } from './next-build';

const distDir = '.e2e/next-broken';

/** The build stops on errors, so it names those; warnings are `npm run check`'s to show. */
const expectedErrors = expectedProblems.filter((line) => !line.includes('  warning: '));

describe('a build from the showcase of editors’ mistakes', () => {
  let build: { code: number | null; output: string };

  beforeAll(async () => {
    rmSync(path.join(projectRoot, distDir), { recursive: true, force: true });
    build = await nextBuild({
      // Absolute on purpose; diagnostics still name files relative to the project.
      CONTENT_DIR: path.join(projectRoot, brokenContentFolder),
      KIOSQUE_DIST_DIR: distDir,
      SITE_URL: 'http://127.0.0.1:3000',
    });
  });

  it('fails', () => {
    expect(build.code, build.output).not.toBe(0);
    // Next 16 writes BUILD_ID only after collecting page data, which is where content errors stop it.
    expect(existsSync(path.join(projectRoot, distDir, 'BUILD_ID'))).toBe(false);
  });

  it(`says how many errors there are: ${expectedErrors.length}`, () => {
    expect(build.output).toContain(`${expectedErrors.length} content errors:`);
  });

  it.each(expectedErrors)('prints, as npm run check does: %s', (line) => {
    expect(build.output).toContain(line);
  });
});
