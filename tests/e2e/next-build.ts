import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const nextBin = path.join(projectRoot, 'node_modules/.bin/next');

export interface NextEnv {
  CONTENT_DIR: string;
  KIOSQUE_DIST_DIR: string;
  SITE_URL: string;
}

/** The environment of a production `next build` or `next start`: vitest's NODE_ENV=test must not leak in. */
export function nextEnv(env: NextEnv): NodeJS.ProcessEnv {
  return { ...process.env, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
}

/**
 * `next build` and `next dev` point next-env.d.ts at their distDir's route types. Returns a function
 * that puts the file back as it was, so the developer's type check keeps following `.next`, not a
 * test build. (tsconfig.json already lists every test distDir, so Next leaves it alone.)
 */
export function snapshotNextEnv(): () => void {
  const nextEnvFile = path.join(projectRoot, 'next-env.d.ts');
  const before = existsSync(nextEnvFile) ? readFileSync(nextEnvFile, 'utf8') : undefined;
  return () => {
    if (before !== undefined && readFileSync(nextEnvFile, 'utf8') !== before) writeFileSync(nextEnvFile, before);
  };
}

/** Runs `next build` in the project and resolves with its exit code and its stdout and stderr, interleaved. */
export async function nextBuild(env: NextEnv): Promise<{ code: number | null; output: string }> {
  const restoreNextEnv = snapshotNextEnv();
  try {
    return await spawnBuild(env);
  } finally {
    restoreNextEnv();
  }
}

function spawnBuild(env: NextEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(nextBin, ['build'], { cwd: projectRoot, env: nextEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    // Decoded as a stream, so a character split across two chunks (’, …) survives.
    for (const stream of [child.stdout, child.stderr])
      stream.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
