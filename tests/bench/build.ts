/**
 * `npm run bench:build -- 1000` (or 10000, 100000): generates that many articles in a temporary content
 * folder, builds the site cold, publishes one article more, newer than the archive (a warm build: breaking
 * news), then the next one (a publish with the cold build behind it), and prints each build's time, pages and peak memory beside baselines measured in the same
 * run: the cold build of a site of 10 articles (what publishing one article may cost: at most 1.5× it),
 * the plain remark-html pipeline, and, up to 10,000 articles, a bare Next.js static export of one page per article
 * (tests/bench/plain-next, the shape of Next's blog-starter). Past 1,000 articles it also builds the
 * first 1,000 cold (the first 10,000 past 10,000), so that the large build's figures stand beside a
 * smaller one's. A benchmark, not a test: it prints figures and asserts nothing.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { treeRss } from './process-memory';
import { printTable } from './table';
import { ARCHIVE_END, generatedArticle } from './generated-articles';

const root = path.resolve(import.meta.dirname, '../..');
const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1) throw new Error('Usage: npm run bench:build -- <number of articles>');
/** The site a newsroom starts with: publishing one article into any archive should cost about its cold build. */
const SMALL_SITE = 10;
/** Past this, the bare Next.js export (all pages in one process) is left out: it takes longer than the whole run. */
const BARE_NEXT_LIMIT = 10_000;
/** The smaller archive a large build's time and memory are compared with: the targets name 1,000 and 10,000. */
const REFERENCE = count > BARE_NEXT_LIMIT ? 10_000 : 1_000;
/** blog-starter's cold build of 1,000 articles on this machine, as the issue measured it. */
const BLOG_STARTER_SECONDS = 33;

const workspace = mkdtempSync(path.join(tmpdir(), 'kiosque-bench-'));
const setAsideDir = path.join(workspace, 'set-aside');
let setAsideCount = 0;

/**
 * Moves a build folder out of the way instead of deleting it before a measured build: ext4 without a
 * journal (this machine's disk) does not reuse an inode freed in the last minute, and scans past every
 * such inode to create a file, so deleting thousands of files just before a build made that build's
 * own files slow to create (seconds of system time, varying from run to run). What is set aside is
 * deleted with the workspace, after the last measure.
 */
function setAside(folder: string): void {
  if (!existsSync(folder)) return;
  mkdirSync(setAsideDir, { recursive: true });
  try {
    renameSync(folder, path.join(setAsideDir, String(setAsideCount++)));
  } catch {
    // Another file system: a rename cannot cross it.
    rmSync(folder, { recursive: true, force: true });
  }
}

function generate(folder: string, articles: number): string {
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < articles; index++) {
    const { slug, text } = generatedArticle(index);
    writeFileSync(path.join(folder, `${slug}.md`), text);
  }
  return folder;
}

/** The baseline: read every file, split its front matter, render its Markdown with remark-html. */
function baseline(contentDir: string): number {
  const start = performance.now();
  const processor = remark().use(remarkHtml);
  for (const name of readdirSync(contentDir)) {
    const { content } = matter(readFileSync(path.join(contentDir, name), 'utf8'));
    processor.processSync(content);
  }
  return (performance.now() - start) / 1000;
}

interface Measure {
  seconds: number;
  peakMb: number;
  pages: number;
  log: string;
}

/** Runs `npm run build` on a folder. */
function build(contentDir: string, outDir: string): Promise<Measure> {
  return measured('tsx', ['lib/cli/build.ts'], { CONTENT_DIR: contentDir, OUT_DIR: outDir }, outDir);
}

/** A build from nothing: no Next build folder, no cache. */
function cold(contentDir: string, outDir: string): Promise<Measure> {
  setAside(path.join(root, '.next'));
  return build(contentDir, outDir);
}

const PLAIN_NEXT = path.join(root, 'tests/bench/plain-next');
/** A line of `npm run build`'s log that ends a step: `  pages: 1224 pages rendered… (28.6 s)`. */
const BUILD_STEP = /^ {2}[a-z ]+: .*\(\d+\.\d s\)$/;

/** Prints a measure as soon as it is taken, then hands it on. */
function taken(name: string, measure: Measure): Measure {
  console.log(`  ${name}: ${measure.seconds.toFixed(1)} s, ${measure.pages} pages, ${measure.peakMb.toFixed(0)} MB`);
  return measure;
}

/** The bare Next.js export of the same articles, from nothing; its build folders are set aside afterwards. */
async function plainNext(contentDir: string): Promise<Measure> {
  const folders = ['.next', 'out'].map((folder) => path.join(PLAIN_NEXT, folder));
  const clean = () => folders.forEach(setAside);
  clean();
  try {
    return await measured('next', ['build', PLAIN_NEXT], { PLAIN_NEXT_CONTENT: contentDir }, folders[1]!);
  } finally {
    clean();
  }
}

/** Runs a command of node_modules/.bin and measures its wall time and the peak memory of its process tree. */
async function measured(
  command: string,
  args: string[],
  env: Record<string, string>,
  outDir: string,
): Promise<Measure> {
  const start = performance.now();
  const child = spawn(path.join(root, 'node_modules/.bin', command), args, {
    cwd: root,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  for (const stream of [child.stdout, child.stderr])
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      // A long build shows its steps as they end, so that a run cut short still tells where the time went.
      for (const line of chunk.split('\n')) if (BUILD_STEP.test(line)) console.log(`    ${line.trim()}`);
    });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${log}`);
  return { seconds: (performance.now() - start) / 1000, peakMb: peak / 2 ** 20, pages: countHtml(outDir), log };
}

function countHtml(directory: string): number {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

try {
  console.log(`bench:build — ${count} generated articles, in ${workspace}`);
  const contentDir = generate(path.join(workspace, 'content'), count);
  const outDir = path.join(workspace, 'out');
  const remarkSeconds = baseline(contentDir);
  const bareNext = count <= BARE_NEXT_LIMIT ? taken('bare Next.js export', await plainNext(contentDir)) : undefined;
  const smallSite = taken(
    `cold build of ${SMALL_SITE} articles`,
    await cold(generate(path.join(workspace, 'small'), SMALL_SITE), path.join(workspace, 'out-small')),
  );
  const reference =
    count > REFERENCE
      ? taken(
          `cold build of ${REFERENCE} articles`,
          await cold(generate(path.join(workspace, 'reference'), REFERENCE), path.join(workspace, 'out-reference')),
        )
      : undefined;
  const coldBuild = taken(`cold build of ${count} articles`, await cold(contentDir, outDir));
  // Breaking news: a story newer than the whole archive, as the day's stories are.
  const addStory = (index: number, hoursAfter: number) => {
    const story = generatedArticle(index, { date: new Date(ARCHIVE_END.getTime() + hoursAfter * 3_600_000) });
    writeFileSync(path.join(contentDir, `${story.slug}.md`), story.text);
  };
  addStory(count, 24);
  const publish = taken('publishing one article more', await build(contentDir, outDir));
  // The next story of the day: what each publication costs once the archive's build is behind.
  addStory(count + 1, 25);
  const next = taken('publishing the next one', await build(contentDir, outDir));

  const perThousand = (seconds: number, articles: number) => ((seconds / articles) * 1000).toFixed(1);
  const row = (name: string, measure: Measure, articles: number) => [
    name,
    measure.seconds.toFixed(1),
    perThousand(measure.seconds, articles),
    String(measure.pages),
    `${measure.peakMb.toFixed(0)} MB`,
  ];
  printTable([
    ['', 'seconds', 's / 1,000 articles', 'pages', 'peak memory'],
    [
      'baseline: read + remark-html, one process',
      remarkSeconds.toFixed(1),
      perThousand(remarkSeconds, count),
      '—',
      '—',
    ],
    ...(bareNext ? [row('baseline: bare Next.js export, one page per article', bareNext, count)] : []),
    row(`baseline: cold build of a ${SMALL_SITE}-article site`, smallSite, SMALL_SITE),
    ...(reference ? [row(`cold build of ${REFERENCE} articles (reference)`, reference, REFERENCE)] : []),
    row(`cold build of ${count} articles (no cache)`, coldBuild, count),
    row('publishing one article more (warm build)', publish, count + 1),
    row('publishing the next one (warm build)', next, count + 2),
  ]);

  const thousand = count === 1_000 ? coldBuild : REFERENCE === 1_000 ? reference : undefined;
  console.log('\ntargets');
  console.log(
    `  publishing one article / cold build of ${SMALL_SITE} articles: ${(publish.seconds / smallSite.seconds).toFixed(2)}× (at most 1.5× up to 10,000 articles, 2× at 100,000)`,
  );
  console.log(
    `  the next one / cold build of ${SMALL_SITE} articles: ${(next.seconds / smallSite.seconds).toFixed(2)}×`,
  );
  if (thousand) {
    console.log(
      `  cold build of 1,000 articles: ${thousand.seconds.toFixed(1)} s (blog-starter here: ${BLOG_STARTER_SECONDS} s)`,
    );
  }
  if (bareNext) {
    console.log(
      `  cold build / bare Next.js export of the same ${count} articles: ${(coldBuild.seconds / bareNext.seconds).toFixed(2)}× (Kiosque also draws a share image per article, indexes search, precompresses)`,
    );
  }
  if (reference) {
    console.log(
      `  ${count} / ${REFERENCE} articles, time: ${(coldBuild.seconds / reference.seconds).toFixed(1)}× (linear would be ${count / REFERENCE}×; at most 11× from 10,000 to 100,000)`,
    );
    console.log(
      `  ${count} / ${REFERENCE} articles, peak memory: ${(coldBuild.peakMb / reference.peakMb).toFixed(2)}× (at most 1.3× from 10,000 to 100,000)`,
    );
  }
  const steps = (measure: Measure) =>
    measure.log
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .join('\n');
  console.log(
    `\ncold build steps:\n${steps(coldBuild)}\npublishing steps:\n${steps(publish)}\nthe next one:\n${steps(next)}`,
  );
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
