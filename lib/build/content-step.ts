/**
 * The content step of `npm run build`, in a process of its own: it reads, checks and renders every
 * file, computes what every page shows, decides which pages out/ already has right, and writes the
 * snapshots Next renders the others from, in batches. It hands back only what the rest of the build
 * needs; when it exits, the memory that held the archive goes back to the system before Next starts.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { directoryBodies } from '../content/bodies';
import { ReadCache } from '../content/read-cache';
import { Catalog } from '../content/catalog';
import { loadContent } from '../content/load';
import { photosShown } from '../content/photo';
import { photoProbes } from '../content/source';
import { SiteModel, type SitePage } from '../content/pages';
import { describeReport } from '../content/report';
import { pageJson, sharedData, writeSnapshot, type SharedData } from '../content/snapshot';
import { plannedShareImages, type PlannedImage } from '../share-image/plan';
import type { PhotoInput } from './photos';
import { OutOfHeap, runChildStep, serveChildStep } from './child-step';
import { codeFingerprint, pageKey, reusablePages, writePageKeys } from './page-reuse';
import { writeSearchSources } from './search-sources';

interface ContentStepInput {
  root: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  snapshotDir: string;
  /** The moment the build publishes at, in ISO 8601. */
  at: string;
}

export interface ContentStepResult {
  /** What `npm run check` would print. */
  output: string;
  ok: boolean;
  /** How many articles the site publishes at the build's moment. */
  published: number;
  /** How many files were read and rendered, and how many taken as the last build left them. */
  files: { read: number; reused: number };
  /** The site's language, and the address it is published at (and whether readers can reach it). */
  lang: string;
  url: string;
  publicUrl: boolean;
  plannedImages: PlannedImage[];
  /** Every photo the published articles show, and the first article showing it (to name it in a problem). */
  photos: { input: PhotoInput; usedIn: string }[];
  /** The pages of out/ still right, by address, which Next does not render again. */
  reused: string[];
  /** How many pages Next renders. */
  rendered: number;
  /** The snapshots Next renders from, one `next build` each. */
  batches: string[];
}

/**
 * The most pages one `next build` renders: each of its workers keeps what it rendered until the end,
 * so a cold build of a large archive renders it a batch at a time and its memory stays that of one
 * batch. Ten thousand articles make one batch.
 */
const PAGES_PER_BATCH = Number(process.env.KIOSQUE_PAGES_PER_BATCH) || 15_000;
/**
 * The most bytes of page data one batch holds, which each of Next's workers reads whole: a listing
 * page's data weighs four times an article page's, and at 100,000 articles one batch of 15,000
 * listing pages was 188 MB where ten thousand articles make one of 60 MB.
 */
const BATCH_BYTES = 64 * 2 ** 20;

function run({ root, contentDir, outDir, cacheDir, snapshotDir, at }: ContentStepInput): ContentStepResult {
  const builtAt = new Date(at);
  const bodiesDir = path.join(cacheDir, 'bodies');
  const probes = photoProbes(root);
  const reads = new ReadCache(path.join(cacheDir, 'content-reads.json'), codeFingerprint(root, 'content'));
  const bodies = directoryBodies(bodiesDir);
  const report = loadContent(contentDir, { at: builtAt, bodies, probes, reads });
  probes.save();
  reads.save();
  // Every body the site shows: the articles', the authors' bios, the paper's pages'.
  bodies.prune([
    ...report.articles.map((article) => article.body),
    ...report.paper.profiles.flatMap((profile) => profile.bio ?? []),
    ...report.paper.pages.map((page) => page.body),
  ]);
  const { settings } = report;
  const { output, ok } = describeReport(report, contentDir);
  const site = { lang: settings.lang, url: settings.url, publicUrl: settings.publicUrl };
  if (!ok)
    return {
      output,
      ok,
      published: 0,
      files: reads.counts,
      ...site,
      plannedImages: [],
      photos: [],
      reused: [],
      rendered: 0,
      batches: [],
    };

  const published = report.articles.filter((article) => article.status === 'published');
  const model = new SiteModel(
    settings,
    new Catalog(published, settings.pageSize, settings.sections),
    report.desk,
    builtAt,
    report.paper,
  );
  const shared = sharedData(model, bodiesDir);
  const fingerprint = codeFingerprint(root, { settings: shared.settings, shell: shared.shell });
  const pages = [...model.pages()];
  const keys = new Map(pages.map((page) => [page.address, pageKey(fingerprint, model.identityOf(page))]));
  const reused = reusablePages(cacheDir, outDir, keys);
  writePageKeys(cacheDir, outDir, keys);
  // Oldest first: the search index is split in parts that keep still as the archive grows.
  writeSearchSources(cacheDir, [...published].reverse(), codeFingerprint(root, 'search sources'));
  const toRender = pages.filter((page) => !reused.has(page.address));
  const batches = writeBatches(snapshotDir, shared, toRender, (page) => model.dataOf(page));
  return {
    output,
    ok,
    published: published.length,
    files: reads.counts,
    ...site,
    plannedImages: plannedShareImages(published, settings),
    photos: photosShown([...published, ...report.paper.profiles, ...report.paper.pages], contentDir).map(
      ({ source, original, file }) => ({ input: { source, file: original }, usedIn: file }),
    ),
    reused: [...reused],
    rendered: toRender.length,
    batches,
  };
}

/** The snapshots of the pages to render, a batch a snapshot; always one, for the pages every build renders. */
function writeBatches(
  directory: string,
  shared: SharedData,
  pages: SitePage[],
  dataOf: (page: SitePage) => unknown,
): string[] {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const files: string[] = [];
  for (const batch of pageBatches(lazily(pages, dataOf), { pages: PAGES_PER_BATCH, bytes: BATCH_BYTES })) {
    const file = path.join(directory, `batch-${files.length + 1}.json`);
    writeSnapshot(
      file,
      shared,
      batch.map(({ address, json }) => [address, json]),
    );
    files.push(file);
  }
  return files;
}

/** Each page as the snapshot stores it, made when asked: a batch's data is held only while it is written. */
function* lazily(pages: SitePage[], dataOf: (page: SitePage) => unknown): Generator<SizedPage> {
  for (const page of pages) {
    const json = pageJson({ route: page.route, params: page.params, data: dataOf(page) });
    yield { address: page.address, json, bytes: json.length };
  }
}

interface SizedPage {
  address: string;
  json: string;
  bytes: number;
}

/**
 * `pages` in order, cut into batches of at most `limits.pages` pages and `limits.bytes` bytes (a page
 * larger than that makes a batch alone); always at least one batch, empty if there is no page.
 */
export function* pageBatches<T extends { bytes: number }>(
  pages: Iterable<T>,
  limits: { pages: number; bytes: number },
): Generator<T[]> {
  let batch: T[] = [];
  let bytes = 0;
  for (const page of pages) {
    if (batch.length > 0 && (batch.length >= limits.pages || bytes + page.bytes > limits.bytes)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(page);
    bytes += page.bytes;
  }
  yield batch;
}

/**
 * Runs the content step in a process of its own and resolves with its result. Left alone, V8 lets
 * that process's heap grow to 4 GB at 100,000 articles, the build's peak, though what it holds is
 * at most 1.1 GB: it is given 1 GB and 8 KB an article (1.8 GB at 100,000, half as much again as it
 * holds). Should that not be enough, the step runs again without a limit.
 */
export async function runContentStep(input: ContentStepInput): Promise<ContentStepResult> {
  try {
    return await runChildStep(import.meta.url, input, { heapMb: heapLimitMb(input.contentDir) });
  } catch (error) {
    if (!(error instanceof OutOfHeap)) throw error;
    return runChildStep(import.meta.url, input);
  }
}

export function heapLimitMb(contentDir: string): number {
  let entries = 0;
  try {
    entries = readdirSync(contentDir).length;
  } catch {
    // No content folder: the step reports it.
  }
  return 1024 + Math.ceil((entries * 8) / 1024);
}

serveChildStep(import.meta.url, run);
