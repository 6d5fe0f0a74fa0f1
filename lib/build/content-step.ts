/**
 * The content step of `npm run build`, in a process of its own: it reads, checks and renders every
 * file, writes the snapshot Next reads, and hands back only what the rest of the build needs. When it
 * exits, the memory that held every article's body goes back to the system before Next starts.
 */
import { siteCatalog } from '../content/articles';
import { loadContent } from '../content/load';
import { isPublished } from '../content/publication';
import { describeReport } from '../content/report';
import { writeSnapshot } from '../content/snapshot';
import { plannedShareImages, type PlannedImage } from '../share-image/plan';
import { runChildStep, serveChildStep } from './child-step';
import { codeFingerprint, pageKeys, reusablePages } from './page-reuse';

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
  /** The site's language, and the address it is published at (and whether readers can reach it). */
  lang: string;
  url: string;
  publicUrl: boolean;
  plannedImages: PlannedImage[];
  pageKeys: [string, string][];
  /** The pages of out/ still right, by address, which Next does not render again. */
  reused: string[];
}

function run({ root, contentDir, outDir, cacheDir, snapshotDir, at }: ContentStepInput): ContentStepResult {
  const report = loadContent(contentDir);
  const { settings } = report;
  const { output, ok } = describeReport(report, contentDir);
  const site = { lang: settings.lang, url: settings.url, publicUrl: settings.publicUrl };
  if (!ok) return { output, ok, published: 0, ...site, plannedImages: [], pageKeys: [], reused: [] };
  const published = report.articles.filter((article) => isPublished(article, new Date(at)));
  const keys = pageKeys(siteCatalog(published, settings), codeFingerprint(root, settings));
  const reused = reusablePages(cacheDir, outDir, keys);
  const render = reused.size > 0 ? [...keys.keys()].filter((address) => !reused.has(address)) : undefined;
  writeSnapshot(snapshotDir, { builtAt: new Date(at), settings, articles: published, render });
  return {
    output,
    ok,
    published: published.length,
    ...site,
    plannedImages: plannedShareImages(published, settings),
    pageKeys: [...keys],
    reused: [...reused],
  };
}

/** Runs the content step in a process of its own and resolves with its result. */
export function runContentStep(input: ContentStepInput): Promise<ContentStepResult> {
  return runChildStep(import.meta.url, input);
}

serveChildStep(import.meta.url, run);
