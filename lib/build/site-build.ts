import { spawn } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { directoryBodies } from '../content/bodies';
import { cacheDirectory } from '../content/source';
import { count } from '../content/report';
import { HEADERS_FILE, writeHeadersFile } from '../server/headers-file';
import { adoptPageKeys, codeFingerprint, forgetPageKeys, pageFileOf, sameAssets } from './page-reuse';
import { filesUnder } from './files';
import { FileCache } from '../file-cache';
import { precompress } from './compress';
import { runContentStep } from './content-step';
import { BuildError } from './errors';
import { checkClientComponents, finishExportApart } from './export';
import { lockBuild } from './lock';
import { moveFile, SiteOutput } from './site-output';
import { writeSearchIndex } from './search-index';
import { PART_SIZE } from './search-parts';
import { searchEntries } from './search-sources';
import { writeShareImages } from './share-images';
import { writePhotos } from './photos';

interface BuildOptions {
  /** The project: where next.config.ts, app/ and node_modules/ are. */
  root: string;
  contentDir: string;
  /** Where the site is published: changed only once the new one is complete, and only in the files that differ. */
  outDir: string;
  /** Prints a line of progress. */
  log: (line: string) => void;
  /** Shows everything Next prints, not only when it fails. */
  verbose?: boolean;
  /** A build meant to be published: one whose links would point to this machine is refused. */
  requirePublicUrl?: boolean;
  /** How many records make a part of the search index (lib/build/search-parts.ts). */
  searchPartSize?: number;
}

/** Next's build folder: with a custom export destination it is always `.next` (see next.config.ts). */
const NEXT_BUILD_DIR = '.next';
/**
 * `npm run build`: the whole site as plain files, in one pass over the content.
 *
 * 1. Read, check and render every file once (the same checks as `npm run check`), in a process of its
 *    own; any error stops here.
 * 2. Hand Next a snapshot of what is published at this moment, and let it render every page but the
 *    pages out/ already has right (lib/build/page-reuse.ts).
 * 3. Strip Next's client runtime, derive the photos, index the articles for search, draw the share
 *    images, precompress every text file.
 * 4. Publish in place (lib/build/site-output.ts): only the files that differ from what `outDir`
 *    serves move in, and the others keep their dates.
 */
export async function buildSite(options: BuildOptions): Promise<void> {
  const cacheDir = cacheDirectory(options.root);
  const unlock = lockBuild(cacheDir);
  try {
    await build(options, cacheDir);
  } finally {
    unlock();
  }
}

async function build(
  {
    root,
    contentDir,
    outDir,
    log,
    verbose = false,
    requirePublicUrl = false,
    searchPartSize = PART_SIZE,
  }: BuildOptions,
  cacheDir: string,
): Promise<void> {
  const snapshotDir = path.join(cacheDir, 'snapshot');
  // Where Next writes each batch's export, and the new site is made: in the cache folder, since each
  // `next build` empties .next but its cache, the batches rendered before it included.
  const exportDir = path.join(cacheDir, 'export');
  // Pages a publish cut short may have moved in are of no known key: every page is rendered again.
  if (SiteOutput.cutShort(cacheDir, outDir)) forgetPageKeys(cacheDir);
  const shareCache = new FileCache(path.join(cacheDir, 'share-images'), { listed: true });
  const compressedCache = new FileCache(path.join(cacheDir, 'compressed'));
  const searchCache = new FileCache(path.join(cacheDir, 'search'));
  const photoCache = new FileCache(path.join(cacheDir, 'photos'), { listed: true });
  const at = new Date();

  const contentStep = () => runContentStep({ root, contentDir, outDir, cacheDir, snapshotDir, at: at.toISOString() });
  const contentStart = new Date();
  const firstContent = contentStep();
  // Read while the content step works in its own process, on the core it leaves idle: what out/
  // holds, half a million files at a hundred thousand articles.
  const output = new SiteOutput(exportDir, outDir, cacheDir);
  let content = await timed(
    log,
    'content',
    async () => {
      const result = await firstContent;
      log(result.output);
      if (!result.ok) throw new BuildError([`The site was not built: fix the errors above (${outDir} is unchanged).`]);
      if (!result.publicUrl) {
        const advice = `Set SITE_URL=https://… (or \`url:\` in the content folder's site.yml) for a site readers will reach.`;
        if (requirePublicUrl) {
          throw new BuildError([
            `The site was not built: its address is ${result.url}, which only this machine reaches, and this build is to be published. ${advice}`,
          ]);
        }
        log(
          [
            `⚠ Built for ${result.url}: every canonical link, feed, sitemap and share link points to this machine.`,
            `  ${advice} \`npm run build -- --public\` refuses such a build.`,
          ].join('\n'),
        );
      }
      return result;
    },
    ({ published, files }) =>
      `${count(published, 'article')} to publish; ${count(files.read, 'file')} read, ${files.reused} unchanged`,
    contentStart,
  );
  const pages = () =>
    timed(
      log,
      'pages',
      async () => {
        const paths = { root, outDir, exportDir, verbose };
        const rendered = await renderPages(paths, output, content.batches, new Set(content.reused));
        if (rendered) return rendered;
        // out/'s pages load another stylesheet than this build's: none of them can be reused.
        forgetPageKeys(cacheDir);
        content = await contentStep();
        return (await renderPages(paths, output, content.batches, new Set()))!;
      },
      ({ pages, reused, batches }) =>
        `${count(pages, 'page')} rendered${batches > 1 ? ` in ${batches} batches` : ''}, ${reused} unchanged, no client JavaScript`,
    );

  const photos = () =>
    timed(
      log,
      'photos',
      async () => {
        const summary = await writePhotos(
          output,
          content.photos.map(({ input }) => input),
          photoCache,
        );
        if (summary.failed.length > 0) {
          const usedIn = new Map(content.photos.map(({ input, usedIn }) => [input.source.path, usedIn]));
          throw new BuildError([
            ...summary.failed.map(({ path: photo, message }) => `${usedIn.get(photo)}  image: ${photo} ${message}`),
            `The site was not built: fix the photos above (${outDir} is unchanged).`,
          ]);
        }
        return summary;
      },
      ({ photos, encoded, reused }) => `${count(photos, 'photo')}, ${encoded} files encoded, ${reused} reused`,
    );

  const search = () =>
    timed(
      log,
      'search',
      () =>
        writeSearchIndex({
          entries: searchEntries(cacheDir, directoryBodies(path.join(cacheDir, 'bodies'))),
          lang: content.lang,
          output,
          cache: searchCache,
          layoutFile: path.join(cacheDir, 'search-layout.json'),
          partSize: searchPartSize,
        }),
      ({ articles, parts, indexed }) =>
        `${count(articles, 'article')} in ${count(parts, 'part')}, ${indexed} indexed, ${articles - indexed} unchanged`,
    );

  const shareImages = () =>
    timed(
      log,
      'share images',
      () =>
        writeShareImages(output, content.plannedImages, {
          cache: shareCache,
          layoutsFile: path.join(cacheDir, 'share-layouts.json'),
          code: codeFingerprint(root, 'share images'),
        }),
      ({ images, drawn }) => `${count(images, 'image')}, ${drawn} drawn, ${images - drawn} unchanged`,
    );
  // Search before the share images: Pagefind holds a whole part in memory, and should not add to
  // what the drawing threads leave behind.
  const assets = async () => {
    await photos();
    await search();
    await shareImages();
    // Their files are all placed: what these caches hold beside them is of no further use.
    for (const cache of [photoCache, searchCache, shareCache]) cache.prune();
  };
  if (content.rendered <= SMALL_RENDER) {
    // A few pages, as when one story is published: Next's build of them leaves a core mostly idle,
    // and the steps making the other files (each of which walks the archive) use it meanwhile.
    await bothSettled(pages(), assets());
  } else {
    // A whole archive: Next's workers and Pagefind each hold much of it, one after the other.
    await pages();
    await assets();
  }

  await timed(
    log,
    'compression',
    () => precompress(output, compressedCache),
    ({ files, reused }) => `${count(files, 'file')} in br and gzip, ${reused} unchanged`,
  );

  await timed(
    log,
    'publish',
    () => {
      // For a static host or CDN: the headers npm start and nginx send.
      writeHeadersFile(output.stagedPath(HEADERS_FILE), output.files());
      return output.publish();
    },
    ({ written, unchanged, removed }) =>
      `${count(written, 'file')} written, ${unchanged} unchanged (their dates kept), ${removed} removed`,
  );
  adoptPageKeys(cacheDir);
  compressedCache.prune();
  log(`✓ published ${path.relative(root, outDir) || outDir} in ${seconds(at)}`);
  // Next's own copy of the pages it rendered, of no use once they are published: the next build's
  // `next build` would delete them first, which after a whole archive's render cost the publishing
  // of one story half a minute. Deleted now, when the site is already live.
  rmSync(path.join(root, NEXT_BUILD_DIR, 'server'), { recursive: true, force: true });
}

interface PagePaths {
  root: string;
  outDir: string;
  exportDir: string;
  verbose: boolean;
}

/**
 * Next renders the pages of each batch's snapshot, each export is finished (no client runtime) and
 * joined to the first; the pages `reused` names are kept in out/ as they are. Undefined if out/'s
 * pages would point at a stylesheet this build does not have: then none can be reused.
 */
async function renderPages(
  { root, outDir, exportDir, verbose }: PagePaths,
  output: SiteOutput,
  batches: string[],
  reused: ReadonlySet<string>,
): Promise<{ pages: number; reused: number; batches: number } | undefined> {
  // Every batch is exported into the same folder: Next's compiler cache is kept by its settings, the
  // export folder among them, so a folder of its own made each batch compile again, and the next
  // publish pay for it too (8 s of the first one at 100,000 articles). The batches rendered so far
  // wait beside it, each batch's files moved there once.
  const earlierBatches = `${exportDir}-batches`;
  for (const folder of [exportDir, earlierBatches]) rmSync(folder, { recursive: true, force: true });
  for (const [index, snapshot] of batches.entries()) {
    if (index === 1) renameSync(exportDir, earlierBatches);
    await nextBuild(root, { KIOSQUE_SNAPSHOT: snapshot, KIOSQUE_EXPORT_DIR: path.relative(root, exportDir) }, verbose);
    checkClientComponents(path.join(root, NEXT_BUILD_DIR));
    await finishExportApart(exportDir);
    if (index > 0) moveFolderInto(exportDir, earlierBatches);
  }
  if (batches.length > 1) renameSync(earlierBatches, exportDir);
  if (reused.size > 0 && !sameAssets(outDir, exportDir)) return undefined;
  const pages = filesUnder(exportDir).filter((file) => file.endsWith('.html')).length;
  for (const address of reused) output.keep(pageFileOf(address));
  return { pages, reused: reused.size, batches: batches.length };
}

/** Moves every file of `from` into `to`, at the same place, then removes `from`. */
function moveFolderInto(from: string, to: string): void {
  for (const file of filesUnder(from)) moveFile(file, path.join(to, path.relative(from, file)));
  rmSync(from, { recursive: true, force: true });
}

/**
 * At most this many pages to render, and the pages step runs beside the photos, search and share
 * images: at 100,000 articles those take ~10 s to walk the archive, Next ~8 s to render a story's pages.
 */
const SMALL_RENDER = 1_000;

/** Waits for both, then fails as the first that failed: a step left running would outlive the build's lock. */
async function bothSettled(...steps: Promise<unknown>[]): Promise<void> {
  const settled = await Promise.allSettled(steps);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

async function timed<T>(
  log: (line: string) => void,
  step: string,
  work: () => T | Promise<T>,
  describe: (result: T) => string,
  start = new Date(),
): Promise<T> {
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
