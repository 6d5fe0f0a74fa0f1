/**
 * `npm run bench:load`: 60 s (BENCH_SECONDS) at 50 connections over an article, the front page, a 404
 * and the RSS feed against `npm start`, on loopback; prints requests per second, latency, errors and
 * the server's memory before and after, beside nginx with deploy/nginx.conf under the same load in the
 * same run. Bounded: it stops on its own. A benchmark: it prints, it asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, waitUntilServed } from '../e2e/processes';
import { outDirectory } from '../../lib/cli/out-directory';
import { printTable } from './table';
import { benchServers, pinLoadToItsCore, runLoad } from './http-load';

const PATHS = ['/articles/cisco-french-tech-2015', '/', '/nope', '/rss.xml'];

/** Resident memory of a process and its children, in MB, from /proc. */
function rssMb(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  return own + children.reduce((sum, child) => sum + rssMb(child), 0);
}

if (pinLoadToItsCore()) {
  const outDir = outDirectory();
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`No site in ${outDir}: run npm run build first.`);
  const seconds = Number(process.env.BENCH_SECONDS ?? 60);
  const rows = [['server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'unexpected statuses', 'memory before → after']];
  // npm start under test, nginx with the repository's configuration as the baseline.
  for (const { name, start } of benchServers) {
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
        String(result.p50),
        String(result.p99),
        String(result.errors),
        String(result.unexpected),
        `${before.toFixed(0)} MB → ${after.toFixed(0)} MB`,
      ]);
    } finally {
      await server.stop();
    }
  }
  console.log(`bench:load — ${PATHS.join(', ')} in turn, 50 connections, ${seconds} s per server`);
  printTable(rows);
}
