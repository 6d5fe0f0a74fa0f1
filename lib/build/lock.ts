import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BuildError } from './errors';

/**
 * One build at a time per checkout: two would share Next's `.next` folder and the caches. The lock
 * is a file holding the build's process id; a lock left by a build that was killed is taken over.
 */
export function lockBuild(cacheDir: string): () => void {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, 'build.lock');
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(file, 'utf8'));
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new BuildError([`Another build of this site is running (process ${holder}): wait for it to end.`]);
    }
    rmSync(file, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * A build killed with its parent (`tsx` runs it as a child) stays a zombie until the system reaps it,
 * which a container's first process may do late or never: it holds nothing, yet still answers signal 0.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return /^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    // No /proc (not Linux): trust the signal.
    return false;
  }
}
