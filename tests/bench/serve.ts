/**
 * `npm run bench:serve`: requests per second for an article of the built site (out/, or OUT_DIR),
 * plain and with brotli asked, from `npm start` and from nginx with deploy/nginx.conf, beside two
 * baselines measured in the same run: bare nginx serving the same file with no header of the site
 * (the static limit) and a bare Node server answering the same bytes from memory. Each server runs on
 * core 0, wrk on core 1. Prints npm start's share of bare nginx, against the target of one half.
 * A benchmark: it prints, it asserts nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { outDirectory } from '../../lib/cli/out-directory';
import { freePort, projectRoot, waitUntilServed, type ServerProcess } from '../e2e/processes';
import { bareNginx, deployedNginx, npmStart, runLoad, startBareNode, type LoadResult } from './http-load';
import { printTable } from './table';

/** npm start must serve at least this share of what bare nginx serves, in the same run. */
const TARGET = 0.5;

const outDir = outDirectory();
const article = process.argv[2] ?? '/articles/cisco-french-tech-2015';
const articleFile = path.join(outDir, `${article}.html`);
if (!existsSync(articleFile)) throw new Error(`No ${articleFile}: run npm run build first.`);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

const servers: { name: string; start: (port: number) => ServerProcess }[] = [
  { name: 'npm start', start: (port) => npmStart(outDir, port) },
  { name: 'nginx, deploy/nginx.conf', start: (port) => deployedNginx(outDir, port) },
  { name: 'bare nginx (the static limit)', start: (port) => bareNginx(outDir, port) },
  { name: 'bare Node from memory', start: (port) => startBareNode(articleFile, port) },
];

const rows = [['server', 'ready in', 'req/s plain', 'req/s br', 'p50 / p99 ms (br)', 'errors']];
const measured = new Map<string, { plain: LoadResult; br: LoadResult }>();
for (const { name, start } of servers) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = start(port);
  try {
    await waitUntilServed(server, url + article, { timeoutMs: 15_000, intervalMs: 10 });
    const ready = performance.now() - started;
    await runLoad(url, { seconds: 2, paths: [article] });
    const plain = await runLoad(url, { seconds, paths: [article] });
    const br = await runLoad(url, { seconds, paths: [article], headers: { 'accept-encoding': 'br' } });
    measured.set(name, { plain, br });
    rows.push([
      name,
      `${ready.toFixed(0)} ms`,
      plain.requestsPerSecond.toFixed(0),
      br.requestsPerSecond.toFixed(0),
      `${br.p50.toFixed(2)} / ${br.p99.toFixed(2)}`,
      String(plain.errors + br.errors + plain.unexpected + br.unexpected),
    ]);
  } finally {
    await server.stop();
  }
}

console.log(
  `bench:serve — ${article} from ${path.relative(projectRoot, outDir) || outDir}, wrk: 1 thread, 50 connections, ${seconds} s each`,
);
printTable(rows);
const start = measured.get('npm start')!;
const limit = measured.get('bare nginx (the static limit)')!;
const share = (coding: 'plain' | 'br') => start[coding].requestsPerSecond / limit[coding].requestsPerSecond;
console.log(
  `npm start / bare nginx: ${share('plain').toFixed(2)} plain, ${share('br').toFixed(2)} br ` +
    `(target ≥ ${TARGET}: ${Math.min(share('plain'), share('br')) >= TARGET ? 'met' : 'not met'})`,
);
