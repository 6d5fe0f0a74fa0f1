import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, startProcess, tsxBin, type ServerProcess } from './processes';

/** What a build and a server of the site are pointed at. */
export interface SiteEnv {
  CONTENT_DIR: string;
  OUT_DIR: string;
  SITE_URL: string;
}

/** The environment of `npm run build` or `npm start`: vitest's NODE_ENV=test must not leak in. */
function siteEnv(env: Partial<SiteEnv> & Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
}

/** Runs `npm run build` (lib/cli/build.ts) and resolves with its exit code and its output, stdout and stderr interleaved. */
export function buildSite(
  env: SiteEnv & { KIOSQUE_SEARCH_PART_SIZE?: string; KIOSQUE_PAGES_PER_BATCH?: string },
  { onOutput }: { onOutput?: (output: string, stop: () => void) => void } = {},
): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsxBin, ['lib/cli/build.ts'], {
      cwd: projectRoot,
      env: siteEnv({ ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    let stopped = false;
    const stop = () => {
      if (stopped || !child.pid) return;
      stopped = true;
      // The whole process group: the build, Next and its workers.
      process.kill(-child.pid, 'SIGKILL');
    };
    // Decoded as a stream, so a character split across two chunks (’, …) survives.
    for (const stream of [child.stdout, child.stderr])
      stream.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        onOutput?.(output, stop);
      });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/** `npm start` (lib/cli/serve.ts) on `port`, serving OUT_DIR; `command` runs it (taskset…) when given. */
export function serveSite(outDir: string, port: number, command: string[] = []): ServerProcess {
  const [program = tsxBin, ...args] = [...command, tsxBin, 'lib/cli/serve.ts'];
  return startProcess(program, args, siteEnv({ OUT_DIR: outDir, PORT: String(port), HOSTNAME: '127.0.0.1' }));
}

/**
 * `next dev` points next-env.d.ts at its distDir's route types. Returns a function that puts the
 * file back as it was, so the developer's type check keeps following `.next`, not a test's folder.
 */
export function snapshotNextEnv(): () => void {
  const nextEnvFile = path.join(projectRoot, 'next-env.d.ts');
  const before = existsSync(nextEnvFile) ? readFileSync(nextEnvFile, 'utf8') : undefined;
  return () => {
    if (before !== undefined && readFileSync(nextEnvFile, 'utf8') !== before) writeFileSync(nextEnvFile, before);
  };
}
