/**
 * `npm run bench:build -- 1000` (or 5000, 10000): generates that many articles in a temporary content
 * folder, builds the site cold, adds one article and builds again, and prints each build's time,
 * pages and peak memory beside the plain remark-html pipeline over the same files, measured in the
 * same run. A benchmark, not a test: it prints figures and asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { generatedArticle } from './generated-articles';

const root = path.resolve(import.meta.dirname, '../..');
const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1) throw new Error('Usage: npm run bench:build -- <number of articles>');

const workspace = mkdtempSync(path.join(tmpdir(), 'kiosque-bench-'));
const contentDir = path.join(workspace, 'content');
const outDir = path.join(workspace, 'out');
mkdirSync(contentDir);
for (let index = 0; index < count; index++) {
  const { slug, text } = generatedArticle(index);
  writeFileSync(path.join(contentDir, `${slug}.md`), text);
}

/** The baseline: read every file, split its front matter, render its Markdown with remark-html. */
function baseline(): number {
  const start = performance.now();
  const processor = remark().use(remarkHtml);
  for (const name of readdirSync(contentDir)) {
    const { content } = matter(readFileSync(path.join(contentDir, name), 'utf8'));
    processor.processSync(content);
  }
  return (performance.now() - start) / 1000;
}

/** Runs `npm run build` on the generated folder and measures its wall time and the peak memory of its process tree. */
async function build(): Promise<{ seconds: number; peakMb: number; pages: number; log: string }> {
  const start = performance.now();
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['lib/cli/build.ts'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  for (const stream of [child.stdout, child.stderr])
    stream.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`the build failed:\n${log}`);
  const pages = countFiles(outDir, '.html');
  return { seconds: (performance.now() - start) / 1000, peakMb: peak / 2 ** 20, pages, log };
}

/** Resident memory of `pid` and all its descendants, from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

function countFiles(directory: string, extension: string): number {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith(extension))
    .length;
}

try {
  console.log(`bench:build — ${count} generated articles in ${contentDir}`);
  rmSync(path.join(root, '.next'), { recursive: true, force: true });
  const remarkSeconds = baseline();
  const cold = await build();
  const { slug, text } = generatedArticle(count);
  writeFileSync(path.join(contentDir, `${slug}.md`), text);
  const warm = await build();
  const perThousand = (seconds: number) => (seconds / count) * 1000;
  const rows = [
    ['', 'seconds', 's / 1,000 articles', 'pages', 'peak memory'],
    [
      'baseline: read + remark-html, one process',
      remarkSeconds.toFixed(1),
      perThousand(remarkSeconds).toFixed(1),
      '—',
      '—',
    ],
    [
      'cold build (no cache)',
      cold.seconds.toFixed(1),
      perThousand(cold.seconds).toFixed(1),
      String(cold.pages),
      `${cold.peakMb.toFixed(0)} MB`,
    ],
    [
      'warm build (one article added)',
      warm.seconds.toFixed(1),
      perThousand(warm.seconds).toFixed(1),
      String(warm.pages),
      `${warm.peakMb.toFixed(0)} MB`,
    ],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  '),
    );
  console.log(`warm / cold: ${(warm.seconds / cold.seconds).toFixed(2)}`);
  console.log(
    '\ncold build steps:\n' +
      cold.log
        .split('\n')
        .filter((line) => line.startsWith('  '))
        .join('\n'),
  );
  console.log(
    'warm build steps:\n' +
      warm.log
        .split('\n')
        .filter((line) => line.startsWith('  '))
        .join('\n'),
  );
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
