import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildError } from '@/lib/build/errors';
import { lockBuild } from '@/lib/build/lock';

let directory: string;
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('the build lock', () => {
  it('refuses a second build while one runs, and lets the next one in once it ends', () => {
    directory = mkdtempSync(path.join(tmpdir(), 'kiosque-lock-'));
    const release = lockBuild(directory);
    expect(() => lockBuild(directory)).toThrow(BuildError);
    expect(() => lockBuild(directory)).toThrow(`Another build of this site is running (process ${process.pid})`);
    release();
    lockBuild(directory)();
  });

  it('takes over the lock a killed build left behind', () => {
    directory = mkdtempSync(path.join(tmpdir(), 'kiosque-lock-'));
    // A process id no process has (Linux pids stay under 2^22).
    writeFileSync(path.join(directory, 'build.lock'), String(2 ** 22 + 7));
    const release = lockBuild(directory);
    release();
  });
});
