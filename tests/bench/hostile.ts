/**
 * `npm run bench:hostile`: how long each hostile file of tests/fixtures/hostile-content.ts takes to
 * get its verdict, each alone in a content folder, beside the seed article checked the same way in
 * the same run. Figures only: the unit tests assert the verdicts, never the times.
 */
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatProblem } from '@/lib/text/problems';
import { loadContent } from '@/lib/content/load';
import { hostileFiles, hostileLinks, writeHostileContent } from '../fixtures/hostile-content';

const RUNS = 3;

/** The best of a few runs of checking a folder that holds what `fill` puts in it, and the verdict. */
function measure(fill: (directory: string) => void): { ms: number; verdict: string } {
  const directory = mkdtempSync(path.join(tmpdir(), 'kiosque-bench-'));
  try {
    fill(directory);
    let best = Infinity;
    let verdict = '';
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const { articles, problems } = loadContent(directory);
      best = Math.min(best, performance.now() - start);
      const first = problems[0];
      verdict = first ? formatProblem(first).replace(directory + path.sep, '') : `published (${articles.length})`;
    }
    return { ms: best, verdict };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const seed = path.resolve('content/cisco-french-tech-2015.md');
const baseline = measure((directory) => copyFileSync(seed, path.join(directory, 'cisco-french-tech-2015.md')));
const rows = Object.keys({ ...hostileFiles, ...hostileLinks }).map((name) => {
  const size = name in hostileFiles ? Buffer.byteLength(hostileFiles[name]!) : 0;
  return { name, size, ...measure((directory) => writeHostileContent(directory, name)) };
});

const width = Math.max(...rows.map((row) => row.name.length));
const line = (name: string, ms: number, size: number, verdict: string) =>
  `${name.padEnd(width)}  ${ms.toFixed(1).padStart(8)} ms  ${(size / 1024).toFixed(0).padStart(6)} KB  ${verdict.slice(0, 110)}`;
console.log(`Checking each file alone in a content folder, best of ${RUNS} runs:\n`);
console.log(line('seed article (baseline)', baseline.ms, statSync(seed).size, baseline.verdict));
for (const row of rows.sort((a, b) => b.ms - a.ms)) console.log(line(row.name, row.ms, row.size, row.verdict));
const slowest = rows[0]!;
console.log(
  `\nslowest: ${slowest.name}, ${slowest.ms.toFixed(0)} ms — ${(slowest.ms / baseline.ms).toFixed(0)}× the seed article (${baseline.ms.toFixed(1)} ms)`,
);
