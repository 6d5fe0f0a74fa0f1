import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CACHE_FOLDER } from '@/lib/content/source';
import { DEFAULT_OUT_DIR } from '@/lib/cli/out-directory';

/** deploy/github-actions.yml, the CI example: it keeps between runs what the build really reuses. */
interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const file = path.resolve(import.meta.dirname, '../../../deploy/github-actions.yml');
const workflow = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const index = (found: (step: Step) => boolean) => steps.findIndex(found);
const restore = steps.find((step) => step.uses?.startsWith('actions/cache/restore@'));
const save = steps.find((step) => step.uses?.startsWith('actions/cache/save@'));
const cachedPaths = (step: Step | undefined) =>
  (step?.with?.path ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const covers = (paths: string[], folder: string) =>
  paths.some((cached) => folder === cached || folder.startsWith(`${cached.replace(/\/$/, '')}/`));

describe('deploy/github-actions.yml', () => {
  it('restores and saves the build cache and the last site, the folders the build uses', () => {
    for (const step of [restore, save]) {
      expect(covers(cachedPaths(step), CACHE_FOLDER), `${step?.uses} keeps ${CACHE_FOLDER}`).toBe(true);
      expect(covers(cachedPaths(step), DEFAULT_OUT_DIR), `${step?.uses} keeps ${DEFAULT_OUT_DIR}`).toBe(true);
    }
    expect(cachedPaths(save)).toEqual(cachedPaths(restore));
  });

  it('saves under a key the next run restores', () => {
    const prefix = restore?.with?.['restore-keys'] ?? '';
    expect(prefix).not.toBe('');
    expect(save?.with?.key).toBe(restore?.with?.key);
    expect(save?.with?.key?.startsWith(prefix)).toBe(true);
  });

  it('builds between the two, with SITE_URL from a repository variable, then uploads out/', () => {
    const build = index((step) => step.run?.trim() === 'npm run build');
    expect(build).toBeGreaterThan(steps.indexOf(restore!));
    expect(build).toBeLessThan(steps.indexOf(save!));
    expect(steps[build]!.env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
    const upload = index((step) => /\brsync -a\b[^\n]*\\?\s*\n?\s*out\//.test(step.run ?? ''));
    expect(upload).toBeGreaterThan(build);
    expect(index((step) => step.run?.trim() === 'npm ci')).toBeLessThan(build);
  });
});
