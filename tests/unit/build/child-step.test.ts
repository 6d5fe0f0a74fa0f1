import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChildStep } from '@/lib/build/child-step';
import { heapLimitMb } from '@/lib/build/content-step';

const step = pathToFileURL(path.resolve(import.meta.dirname, '../../fixtures/child-steps/allocate.mjs')).href;

describe('a build step in a process of its own', () => {
  it('answers what the step returns, within its heap limit', async () => {
    await expect(runChildStep(step, 16, { heapMb: 128 })).resolves.toBe(16);
  });

  it("fails, without printing V8's report, when the step needs more than its limit; it runs without one", async () => {
    await expect(runChildStep(step, 400, { heapMb: 128 })).rejects.toThrow(/stopped \(SIGABRT\) before it finished/);
    await expect(runChildStep(step, 400)).resolves.toBe(400);
  }, 60_000);

  it('gives the content step a heap by the size of the archive', () => {
    expect(heapLimitMb(path.resolve(import.meta.dirname, '../../../content'))).toBeGreaterThan(1024);
    expect(heapLimitMb('/no/such/folder')).toBe(1024);
  });
});
