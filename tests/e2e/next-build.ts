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
 * Runs `next build` in the project and resolves with its exit code and its stdout and stderr, interleaved.
 * `next build` points next-env.d.ts at its distDir's route types; that file is put back as it was, so
 * the developer's type check keeps following `.next`, not a test build.
 */
export async function nextBuild(env: NextEnv): Promise<{ code: number | null; output: string }> {
  const nextEnvFile = path.join(projectRoot, 'next-env.d.ts');
  const before = existsSync(nextEnvFile) ? readFileSync(nextEnvFile, 'utf8') : undefined;
  try {
    return await spawnBuild(env);
  } finally {
    if (before !== undefined && readFileSync(nextEnvFile, 'utf8') !== before) writeFileSync(nextEnvFile, before);
  }
}

function spawnBuild(env: NextEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(nextBin, ['build'], { cwd: projectRoot, env: nextEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    // Decoded as a stream, so a character split across two chunks (’, …) survives.
    for (const stream of [child.stdout, child.stderr]) stream.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
