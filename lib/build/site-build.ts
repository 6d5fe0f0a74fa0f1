import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { count } from '../content/report';
import { renderEveryPage } from '../content/snapshot';
import { writeHeadersFile } from '../server/headers-file';
import { copyPages, sameAssets, writePageKeys } from './page-reuse';
import { FileCache } from './cache';
import { precompress } from './compress';
import { runContentStep } from './content-step';
import { BuildError } from './errors';
import { checkClientComponents, finishExportApart, type ExportSummary } from './export';
import { lockBuild } from './lock';
import { publish } from './publish';
import { writeSearchIndex } from './search-index';
import { writeShareImages } from './share-images';

interface BuildOptions {
  /** The project: where next.config.ts, app/ and node_modules/ are. */
  root: string;
  contentDir: string;
  /** Where the finished site goes; replaced only once the new one is complete. */
  outDir: string;
  /** Prints a line of progress. */
  log: (line: string) => void;
  /** Shows everything Next prints, not only when it fails. */
  verbose?: boolean;
}

/** Next's build folder: with a custom export destination it is always `.next` (see next.config.ts). */
const NEXT_BUILD_DIR = '.next';
/** Where Next writes the static export before Kiosque finishes it. */
const EXPORT_DIR = `${NEXT_BUILD_DIR}/export`;
/**
 * The build's own cache, relative to the project (page keys, content snapshot, share images, photos,
 * compressed files): kept between builds, on a machine or in CI (deploy/github-actions.yml).
 */
export const BUILD_CACHE_DIR = `${NEXT_BUILD_DIR}/cache/kiosque`;

/**
 * `npm run build`: the whole site as plain files, in one pass over the content.
 *
 * 1. Read, check and render every file once (the same checks as `npm run check`), in a process of its
 *    own; any error stops here.
 * 2. Hand Next a snapshot of what is published at this moment, and let it render every page but the
 *    pages out/ already has right (lib/build/page-reuse.ts).
 * 3. Strip Next's client runtime, index the articles for search, draw the share images, precompress
 *    every text file.
 * 4. Swap the finished site into `outDir`.
 */
export async function buildSite(options: BuildOptions): Promise<void> {
  const cacheDir = path.join(options.root, BUILD_CACHE_DIR);
  const unlock = lockBuild(cacheDir);
  try {
    await build(options, cacheDir);
  } finally {
    unlock();
  }
}

async function build(
  { root, contentDir, outDir, log, verbose = false }: BuildOptions,
  cacheDir: string,
): Promise<void> {
  const snapshotDir = path.join(cacheDir, 'snapshot');
  const exportDir = path.join(root, EXPORT_DIR);
  const shareCache = new FileCache(path.join(cacheDir, 'share-images'));
  const compressedCache = new FileCache(path.join(cacheDir, 'compressed'));
  const at = new Date();

  const content = await timed(
    log,
    'content',
    async () => {
      const result = await runContentStep({ root, contentDir, outDir, cacheDir, snapshotDir, at: at.toISOString() });
      log(result.output);
      if (!result.ok) throw new BuildError([`The site was not built: fix the errors above (${outDir} is unchanged).`]);
      return result;
    },
    ({ published }) => `${count(published, 'article')} to publish`,
  );
  await timed(
    log,
    'pages',
    () => renderPages({ root, outDir, snapshotDir, exportDir, verbose }, new Set(content.reused)),
    ({ pages, reused }) => `${count(pages, 'page')} rendered, ${reused} unchanged, no client JavaScript`,
  );

  // Before the share images: Pagefind holds the whole index in memory, and should not add to what
  // the drawing threads leave behind.
  await timed(
    log,
    'search',
    () => writeSearchIndex(exportDir),
    ({ pages }) => `${count(pages, 'article')} indexed`,
  );

  await timed(
    log,
    'share images',
    () => writeShareImages(exportDir, content.plannedImages, shareCache),
    ({ images, drawn }) => `${count(images, 'image')}, ${drawn} drawn, ${images - drawn} unchanged`,
  );

  await timed(
    log,
    'compression',
    () => precompress(exportDir, compressedCache),
    ({ files, reused }) => `${count(files, 'file')} in br and gzip, ${reused} unchanged`,
  );

  // For a static host or CDN: the headers npm start and nginx send.
  writeHeadersFile(exportDir);
  publish(exportDir, outDir);
  writePageKeys(cacheDir, outDir, new Map(content.pageKeys));
  shareCache.prune();
  compressedCache.prune();
  log(`✓ published ${path.relative(root, outDir) || outDir} in ${seconds(at)}`);
}

interface PagePaths {
  root: string;
  outDir: string;
  snapshotDir: string;
  exportDir: string;
  verbose: boolean;
}

/**
 * Next renders the pages the snapshot asks for; the export is finished (no client runtime); the
 * pages `reused` names are copied from out/. If out/'s pages would point at a stylesheet
 * this build does not have, every page is rendered instead and none is reused.
 */
async function renderPages(
  { root, outDir, snapshotDir, exportDir, verbose }: PagePaths,
  reused: ReadonlySet<string>,
): Promise<ExportSummary & { reused: number }> {
  const render = async () => {
    rmSync(exportDir, { recursive: true, force: true });
    await nextBuild(root, { KIOSQUE_SNAPSHOT: snapshotDir, KIOSQUE_EXPORT_DIR: EXPORT_DIR }, verbose);
    checkClientComponents(path.join(root, NEXT_BUILD_DIR));
    return finishExportApart(exportDir);
  };
  const summary = await render();
  if (reused.size > 0 && !sameAssets(outDir, exportDir)) {
    renderEveryPage(snapshotDir);
    return { ...(await render()), reused: 0 };
  }
  copyPages(reused, outDir, exportDir);
  return { ...summary, reused: reused.size };
}

async function timed<T>(
  log: (line: string) => void,
  step: string,
  work: () => T | Promise<T>,
  describe: (result: T) => string,
): Promise<T> {
  const start = new Date();
  const result = await work();
  log(`  ${step}: ${describe(result)} (${seconds(start)})`);
  return result;
}

function seconds(since: Date): string {
  return `${((Date.now() - since.getTime()) / 1000).toFixed(1)} s`;
}

function nextBuild(root: string, env: Record<string, string>, verbose: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin/next'), ['build'], {
      cwd: root,
      env: { ...process.env, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', verbose ? 'inherit' : 'pipe', verbose ? 'inherit' : 'pipe'],
    });
    let output = '';
    for (const stream of [child.stdout, child.stderr])
      stream?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new BuildError([`${output}\nnext build exited with ${code}: the site was not built.`])),
    );
  });
}
