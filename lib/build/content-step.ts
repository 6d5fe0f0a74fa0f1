/**
 * The content step of `npm run build`, in a process of its own: it reads, checks and renders every
 * file, writes the snapshot Next reads, and hands back only what the rest of the build needs. When it
 * exits, the memory that held every article's body goes back to the system before Next starts.
 */
import { newestFirst, type Article } from '../content/article';
import { siteCatalog } from '../content/articles';
import { loadContent } from '../content/load';
import { isPublished } from '../content/publication';
import { describeReport } from '../content/report';
import { writeSnapshot } from '../content/snapshot';
import { plannedShareImages, type PlannedImage } from '../share-image/plan';
import { runChildStep, serveChildStep } from './child-step';
import { codeFingerprint, pageKeys, reusablePages } from './page-reuse';
import { searchRecordOf } from './search-record';
import { searchRecordsFile, writeSearchRecords } from './search-records-file';

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
  plannedImages: PlannedImage[];
  pageKeys: [string, string][];
  /** The pages of out/ still right, by address, which Next does not render again. */
  reused: string[];
}

function run({ root, contentDir, outDir, cacheDir, snapshotDir, at }: ContentStepInput): ContentStepResult {
  const report = loadContent(contentDir);
  const { output, ok } = describeReport(report, contentDir);
  if (!ok) return { output, ok, published: 0, plannedImages: [], pageKeys: [], reused: [] };
  const published = report.articles.filter((article) => isPublished(article, new Date(at)));
  const keys = pageKeys(siteCatalog(published), codeFingerprint(root));
  const reused = reusablePages(cacheDir, outDir, keys);
  const render = reused.size > 0 ? [...keys.keys()].filter((address) => !reused.has(address)) : undefined;
  writeSnapshot(snapshotDir, { builtAt: new Date(at), articles: published, render });
  writeSearchRecords(searchRecordsFile(cacheDir), searchRecordsOf(published));
  return {
    output,
    ok,
    published: published.length,
    plannedImages: plannedShareImages(published),
    pageKeys: [...keys],
    reused: [...reused],
  };
}

/** The published articles' search records, oldest first, made one at a time as they are written. */
function* searchRecordsOf(published: readonly Article[]) {
  for (const article of [...published].sort((a, b) => newestFirst(b, a))) yield searchRecordOf(article);
}

/** Runs the content step in a process of its own and resolves with its result. */
export function runContentStep(input: ContentStepInput): Promise<ContentStepResult> {
  return runChildStep(import.meta.url, input);
}

serveChildStep(import.meta.url, run);
