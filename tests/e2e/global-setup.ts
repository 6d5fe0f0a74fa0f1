import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeGeneratedFixtures } from './fixtures';
import { nextBin, nextBuild, nextEnv, projectRoot, type NextEnv } from './next-build';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const e2eDir = path.join(projectRoot, '.e2e');
const buildInfo = path.join(e2eDir, 'build.json');

/**
 * Builds the site once, from `content/` plus the fixtures of `tests/e2e/content/`, into `.e2e/next`,
 * serves it with `next start` on a free port and provides its address as `baseURL`.
 *
 * Developer convenience: with KIOSQUE_E2E_REUSE_BUILD=1 and an earlier build in `.e2e/next`, the
 * build is skipped (~1.5 min saved). That build reflects the code and content as they were then;
 * never set it in CI.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const contentDir = path.join(e2eDir, 'content');
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  for (const file of readdirSync(path.join(projectRoot, 'content')).filter((name) => name.endsWith('.md'))) {
    cpSync(path.join(projectRoot, 'content', file), path.join(contentDir, file));
  }
  cpSync(path.join(projectRoot, 'tests/e2e/content'), contentDir, { recursive: true });
  writeGeneratedFixtures(contentDir);

  const reused = await reusablePort();
  const port = reused ?? (await freePort());
  const env: NextEnv = {
    // Relative on purpose: the app must resolve it against the project root.
    CONTENT_DIR: '.e2e/content',
    KIOSQUE_DIST_DIR: '.e2e/next',
    SITE_URL: `http://127.0.0.1:${port}`,
  };

  if (reused === undefined) {
    console.log(`e2e: next build into .e2e/next for ${env.SITE_URL}`);
    const build = await nextBuild(env);
    if (build.code !== 0) throw new Error(`next build exited with ${build.code}:\n${build.output}`);
    writeFileSync(buildInfo, JSON.stringify({ port }));
  }

  const server = spawn(nextBin, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: projectRoot,
    env: nextEnv(env),
    // Its own process group, so that teardown ends the server and anything it spawned.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  for (const stream of [server.stdout, server.stderr]) stream?.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (server.pid) process.kill(-server.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // Last resort if vitest itself exits without running the teardown.
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);

  const teardown = async () => {
    process.off('exit', onExit);
    await stop(server, killGroup);
  };

  try {
    await waitForHttp(env.SITE_URL, server, () => log);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('baseURL', env.SITE_URL);
  return teardown;
}

/** With KIOSQUE_E2E_REUSE_BUILD=1, the port the previous build was made for, if that build exists and the port is free. */
async function reusablePort(): Promise<number | undefined> {
  if (process.env.KIOSQUE_E2E_REUSE_BUILD !== '1') return undefined;
  if (!existsSync(path.join(e2eDir, 'next/BUILD_ID')) || !existsSync(buildInfo)) return undefined;
  const { port } = JSON.parse(readFileSync(buildInfo, 'utf8')) as { port?: unknown };
  // SITE_URL is baked into the pages, so the server must listen where the build was told it would.
  return typeof port === 'number' && (await isFree(port)) ? port : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function waitForHttp(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`next start exited (${server.exitCode ?? server.signalCode}) before answering:\n${log()}`);
    }
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`next start did not answer at ${url}:\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function stop(server: ChildProcess, killGroup: (signal: NodeJS.Signals) => void): Promise<void> {
  if (server.exitCode === null && server.signalCode === null) {
    const exited = once(server, 'exit');
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  // Anything left in the group once its leader is gone.
  killGroup('SIGKILL');
}
