import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeGeneratedFixtures } from './fixtures';
import { copyOfContent, freePort, projectRoot, waitUntilServed } from './processes';
import { buildSite, serveSite, type SiteEnv } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `npm start` serves the site built for the tests; SITE_URL was set to it at build time. */
    baseURL: string;
    /** The built site, as `npm run build` wrote it. */
    outDir: string;
    /** Everything `npm run build` printed. */
    buildOutput: string;
  }
}

const e2eDir = path.join(projectRoot, '.e2e');
const buildInfo = path.join(e2eDir, 'build.json');
export const e2eOutDir = path.join(e2eDir, 'out');

/**
 * Builds the site once with `npm run build`, from `content/` plus the fixtures of
 * `tests/e2e/content/`, into `.e2e/out`, serves it with `npm start` on a free port and provides its
 * address as `baseURL`.
 *
 * Developer convenience: with KIOSQUE_E2E_REUSE_BUILD=1 and an earlier build in `.e2e/out`, the
 * build is skipped. That build reflects the code and content as they were then; never set it in CI.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const contentDir = path.join(e2eDir, 'content');
  const reused = await reusableBuild();
  const port = reused?.port ?? (await freePort());
  const env: SiteEnv = {
    // Relative on purpose: the build must resolve it against the project root.
    CONTENT_DIR: '.e2e/content',
    OUT_DIR: e2eOutDir,
    SITE_URL: `http://127.0.0.1:${port}`,
  };

  let buildOutput = reused?.output ?? '';
  if (!reused) {
    copyOfContent(contentDir);
    cpSync(path.join(projectRoot, 'tests/e2e/content'), contentDir, { recursive: true });
    await writeGeneratedFixtures(contentDir);
    console.log(`e2e: npm run build into .e2e/out for ${env.SITE_URL}`);
    const build = await buildSite(env);
    if (build.code !== 0) throw new Error(`npm run build exited with ${build.code}:\n${build.output}`);
    buildOutput = build.output;
    writeFileSync(buildInfo, JSON.stringify({ port, output: buildOutput }));
  }

  const server = serveSite(e2eOutDir, port);
  const teardown = () => server.stop();
  try {
    await waitUntilServed(server, env.SITE_URL, { timeoutMs: 30_000 });
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('baseURL', env.SITE_URL);
  project.provide('outDir', e2eOutDir);
  project.provide('buildOutput', buildOutput);
  return teardown;
}

/** With KIOSQUE_E2E_REUSE_BUILD=1, the previous build, if it exists and its port is free. */
async function reusableBuild(): Promise<{ port: number; output: string } | undefined> {
  if (process.env.KIOSQUE_E2E_REUSE_BUILD !== '1') return undefined;
  if (!existsSync(path.join(e2eOutDir, 'index.html')) || !existsSync(buildInfo)) return undefined;
  const { port, output } = JSON.parse(readFileSync(buildInfo, 'utf8')) as { port?: unknown; output?: unknown };
  // SITE_URL is baked into the pages, so the server must listen where the build was told it would.
  return typeof port === 'number' && typeof output === 'string' && (await isFree(port)) ? { port, output } : undefined;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
