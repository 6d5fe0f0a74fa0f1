/**
 * `npm run bench:load`: 60 s (BENCH_SECONDS) at 50 connections over an article, the front page, a 404
 * and the RSS feed in turn against `npm start`, on loopback; prints requests per second, latency,
 * errors, unexpected statuses and the server's memory before and after, beside nginx with
 * deploy/nginx.conf under the same load in the same run. Each server on core 0, wrk on core 1.
 * Bounded: it stops on its own. A benchmark: it prints, it asserts nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { outDirectory } from '../../lib/cli/out-directory';
import { freePort, waitUntilServed, type ServerProcess } from '../e2e/processes';
import { deployedNginx, npmStart, rssMb, runLoad } from './http-load';
import { printTable } from './table';

const PATHS = ['/articles/cisco-french-tech-2015', '/', '/nope', '/rss.xml'];

const outDir = outDirectory();
if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`No site in ${outDir}: run npm run build first.`);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
// npm start under test, nginx with the repository's configuration as the baseline.
const servers: { name: string; start: (outDir: string, port: number) => ServerProcess }[] = [
  { name: 'npm start', start: npmStart },
  { name: 'nginx, deploy/nginx.conf', start: deployedNginx },
];

const rows = [['server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'unexpected statuses', 'memory before → after']];
for (const { name, start } of servers) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = start(outDir, port);
  try {
    await waitUntilServed(server, url, { timeoutMs: 15_000 });
    const pid = server.process.pid!;
    const before = rssMb(pid);
    const result = await runLoad(url, { seconds, paths: PATHS, headers: { 'accept-encoding': 'br, gzip' } });
    const after = rssMb(pid);
    rows.push([
      name + (server.alive() ? '' : ' (died during the run)'),
      result.requestsPerSecond.toFixed(0),
      result.p50.toFixed(2),
      result.p99.toFixed(2),
      String(result.errors),
      String(result.unexpected),
      `${before.toFixed(0)} MB → ${after.toFixed(0)} MB`,
    ]);
  } finally {
    await server.stop();
  }
}
console.log(`bench:load — ${PATHS.join(', ')} in turn, wrk: 1 thread, 50 connections, ${seconds} s per server`);
printTable(rows);
