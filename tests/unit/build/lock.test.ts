import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it.runIf(process.platform === 'linux')(
    'takes over the lock of a killed build left a zombie, which no one reaps',
    async () => {
      directory = mkdtempSync(path.join(tmpdir(), 'kiosque-lock-'));
      // `sleep 0` ends at once, and its parent, become `sleep 60`, never waits for it: a zombie. On a
      // loaded machine the child may take seconds to be scheduled at all: the wait is long, the test short.
      const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
      const zombie = Number(
        await new Promise<string>((resolve) => parent.stdout.once('data', (data) => resolve(String(data)))),
      );
      try {
        await expect
          .poll(() => readFileSync(`/proc/${zombie}/stat`, 'utf8').split(') ')[1]?.[0], { timeout: 20_000 })
          .toBe('Z');
        writeFileSync(path.join(directory, 'build.lock'), String(zombie));
        lockBuild(directory)();
      } finally {
        parent.kill();
      }
    },
    30_000,
  );
});
