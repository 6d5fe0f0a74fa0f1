/**
 * `npm run bench:search -- 1000` (or 10000): the search step alone, on that many generated articles
 * read and rendered by the content pipeline. It indexes them in one Pagefind bundle, as the build did
 * before parts (the baseline, measured in the same run), then in parts from an empty cache, then
 * again with one article added, and prints each run's time, the records it indexed and the peak
 * memory of the Pagefind processes. A benchmark, not a test: it prints figures and asserts nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { FileCache } from '@/lib/file-cache';
import { writeSearchIndex, type SearchIndexSummary } from '@/lib/build/search-index';
import { PART_SIZE } from '@/lib/build/search-parts';
import { searchRecordOf, searchSourceOf, type SearchRecord } from '@/lib/build/search-record';
import { newestFirst } from '@/lib/content/article';
import { loadContent } from '@/lib/content/load';
import { entriesOf } from '../pagefind-bundle';
import { generatedArticle } from './generated-articles';
import { treeRss } from './process-memory';
import { printTable } from './table';
import { folderOutput } from '@/lib/build/site-output';

const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1) throw new Error('Usage: npm run bench:search -- <number of articles>');
const workspace = mkdtempSync(path.join(tmpdir(), 'kiosque-bench-search-'));

/** The records the content step would write for `articles` generated articles, oldest first. */
function records(articles: number): SearchRecord[] {
  const contentDir = path.join(workspace, `content-${articles}`);
  mkdirSync(contentDir);
  for (let index = 0; index < articles; index++) {
    const { slug, text } = generatedArticle(index);
    writeFileSync(path.join(contentDir, `${slug}.md`), text);
  }
  const loaded = loadContent(contentDir);
  return loaded.articles
    .sort((a, b) => newestFirst(b, a))
    .map((article) => searchRecordOf(searchSourceOf(article), loaded.bodies.get(article.body)));
}

interface Measure {
  seconds: number;
  /** The largest resident memory of the Pagefind processes, sampled every 50 ms. */
  peakMb: number;
  summary: SearchIndexSummary;
}

async function measured(work: () => Promise<SearchIndexSummary>): Promise<Measure> {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(process.pid, { withRoot: false }))), 50);
  const start = performance.now();
  const summary = await work();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  return { seconds, peakMb: peak / 2 ** 20, summary };
}

/** The build's search step before parts: every record in one bundle, in one Pagefind process. */
async function oneBundle(all: SearchRecord[]): Promise<SearchIndexSummary> {
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: 'fr' });
    for (const record of all)
      await index!.addCustomRecord({
        url: record.url,
        content: [record.lead, record.body].join('\n'),
        language: 'fr',
        meta: { title: record.title, date: record.date },
      });
    await index!.writeFiles({ outputPath: path.join(workspace, 'one-bundle') });
    return { articles: all.length, parts: 1, indexed: all.length };
  } finally {
    await pagefind.close();
  }
}

let build = 0;
function inParts(all: SearchRecord[]): Promise<SearchIndexSummary> {
  return writeSearchIndex({
    entries: () => entriesOf(all),
    lang: 'fr',
    output: folderOutput(path.join(workspace, `export-${build++}`)),
    cache: new FileCache(path.join(workspace, 'cache')),
    layoutFile: path.join(workspace, 'layout.json'),
    partSize: PART_SIZE,
  });
}

try {
  console.log(`bench:search — ${count} generated articles, parts of ${PART_SIZE}, in ${workspace}`);
  const all = records(count + 1);
  const archive = all.filter((record) => record.url !== `/articles/${generatedArticle(count).slug}`);
  const baseline = await measured(() => oneBundle(archive));
  const cold = await measured(() => inParts(archive));
  const publication = await measured(() => inParts(all));
  const row = (name: string, { seconds, peakMb, summary }: Measure) => [
    name,
    seconds.toFixed(1),
    String(summary.indexed),
    String(summary.parts),
    `${peakMb.toFixed(0)} MB`,
  ];
  printTable([
    ['', 'seconds', 'records indexed', 'bundles', 'Pagefind peak memory'],
    row(`baseline: one bundle of ${count} records`, baseline),
    row(`parts, empty cache, ${count} records`, cold),
    row('parts, one article added', publication),
  ]);
  console.log(
    `\n  a publication / one bundle: ${(publication.seconds / baseline.seconds).toFixed(2)}× the time, ` +
      `${(publication.peakMb / baseline.peakMb).toFixed(2)}× the memory`,
  );
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
