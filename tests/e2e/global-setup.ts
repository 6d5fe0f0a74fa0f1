import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeGeneratedFixtures } from './fixtures';
import { nextBuild, nextEnv, projectRoot, type NextEnv } from './next-build';
import { copyOfContent, freePort, startNext, waitUntilServed } from './next-server';

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
  copyOfContent(contentDir);
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

  const server = startNext(['start', '-p', String(port), '-H', '127.0.0.1'], nextEnv(env));
  const teardown = () => server.stop();

  try {
    await waitUntilServed(server, env.SITE_URL, { timeoutMs: 60_000 });
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

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
