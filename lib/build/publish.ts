import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Makes `staging`, a finished site, the one served from `outDir`. Until this moment the previous site
 * stays whole in `outDir`, whatever happened to the build (a bad file, a crash, a kill): servers never
 * see a half-written site. The swap is two renames, a fraction of a millisecond apart.
 */
export function publish(staging: string, outDir: string): void {
  mkdirSync(path.dirname(outDir), { recursive: true });
  const incoming = moveBeside(staging, `${outDir}.incoming-${process.pid}`);
  const previous = `${outDir}.previous-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(incoming, outDir);
  rmSync(previous, { recursive: true, force: true });
}

/** Moves `from` to `to`, copying when they are on different file systems (a rename cannot cross them). */
function moveBeside(from: string, to: string): string {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
  return to;
}
