import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const vitestBin = path.join(projectRoot, 'node_modules/.bin/vitest');
const reporter = path.join(projectRoot, 'tests/summary-reporter.ts');

/**
 * Runs vitest, with the project's summary reporter, on a throwaway folder of test files (written as
 * they are, so one can be broken the way an editor's save can break a file), and returns its exit
 * code and its closing line.
 */
function runVitest(files: Record<string, string>, config: Record<string, unknown> = {}) {
  const folder = mkdtempSync(path.join(tmpdir(), 'kiosque-reporter-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  const options = { globals: true, include: ['*.test.js'], reporters: [reporter], ...config };
  writeFileSync(path.join(folder, 'vitest.config.mjs'), `export default { test: ${JSON.stringify(options)} };\n`);
  // The outer vitest's own variables would make the inner one think it runs inside a worker.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const run = spawnSync(vitestBin, ['run', '--root', folder, '--config', path.join(folder, 'vitest.config.mjs')], {
    cwd: folder,
    env: { ...env, NODE_ENV: 'test', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  const lines = output.match(/^\d+ passed, \d+ failed, \d+ skipped$/gm) ?? [];
  return { status: run.status, lines, output };
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

// Each test runs a whole vitest, a few seconds here and more on a busy runner: as long as runVitest allows it.
describe('the closing line of a test run', { timeout: 60_000 }, () => {
  it('counts a test file that does not even parse as a failure, and the run exits non-zero', () => {
    const run = runVitest({
      'passes.test.js': "test('passes', () => {});\ntest.skip('is skipped', () => {});\n",
      'fails.test.js': "test('fails', () => { expect(1).toBe(2); });\n",
      'broken.test.js': "test('never collected', () => {\n  expect(1).toBe(1);\n",
    });
    expect(run.lines, run.output).toEqual(['1 passed, 2 failed, 1 skipped']);
    expect(run.status).not.toBe(0);
  });

  it('counts a file that throws while it loads', () => {
    const run = runVitest({
      'passes.test.js': "test('passes', () => {});\n",
      'throws.test.js': "throw new Error('no such fixture');\n",
    });
    expect(run.lines, run.output).toEqual(['1 passed, 1 failed, 0 skipped']);
    expect(run.status).not.toBe(0);
  });

  it('counts a failing beforeAll once, whatever it skipped', () => {
    const run = runVitest({
      'hook.test.js': "beforeAll(() => { throw new Error('setup'); });\ntest('a', () => {});\ntest('b', () => {});\n",
    });
    expect(run.lines, run.output).toHaveLength(1);
    expect(run.lines[0]).toMatch(/^0 passed, [1-9]\d* failed, \d+ skipped$/);
    expect(run.status).not.toBe(0);
  });

  it('never says 0 failed when the global setup threw', () => {
    const run = runVitest(
      {
        'passes.test.js': "test('passes', () => {});\n",
        'setup.mjs': "export default function () { throw new Error('the build failed'); }\n",
      },
      { globalSetup: ['./setup.mjs'] },
    );
    expect(run.status).not.toBe(0);
    expect(run.lines, run.output).toHaveLength(1);
    expect(run.lines[0]).toMatch(/ [1-9]\d* failed,/);
  });

  it('says 0 failed, and exits 0, when everything passed', () => {
    const run = runVitest({ 'passes.test.js': "test('one', () => {});\ntest('two', () => {});\n" });
    expect(run.lines, run.output).toEqual(['2 passed, 0 failed, 0 skipped']);
    expect(run.status).toBe(0);
  });
});
