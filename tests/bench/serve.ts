/**
 * `npm run bench:serve`: requests per second for an article of the built site (out/, or OUT_DIR),
 * from `npm start` and from nginx with deploy/nginx.conf, side by side in one run, plain and with
 * brotli asked. The server runs on one core, the load on the other. A benchmark: it prints, it asserts
 * nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort, projectRoot, waitUntilServed } from '../e2e/processes';
import { outDirectory } from '../../lib/cli/out-directory';
import { printTable } from './table';
import { benchServers, pinLoadToItsCore, runLoad, startBareNode } from './http-load';

if (pinLoadToItsCore()) {
  const outDir = outDirectory();
  const article = process.argv[2] ?? '/articles/cisco-french-tech-2015';
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`No site in ${outDir}: run npm run build first.`);
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);

  const rows = [['server', 'ready in', 'req/s plain', 'req/s br', 'p50 / p99 ms (br)', 'errors']];
  for (const { name, start } of benchServers) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = performance.now();
    const server = start(outDir, port);
    try {
      await waitUntilServed(server, url, { timeoutMs: 15_000, intervalMs: 10 });
      const ready = performance.now() - started;
      await runLoad(url, { seconds: 2, paths: [article] });
      const plain = await runLoad(url, { seconds, paths: [article] });
      const br = await runLoad(url, { seconds, paths: [article], headers: { 'accept-encoding': 'br' } });
      rows.push([
        name,
        `${ready.toFixed(0)} ms`,
        plain.requestsPerSecond.toFixed(0),
        br.requestsPerSecond.toFixed(0),
        `${br.p50} / ${br.p99}`,
        String(plain.errors + br.errors + plain.unexpected + br.unexpected),
      ]);
    } finally {
      await server.stop();
    }
  }

  const port = await freePort();
  const bare = startBareNode(port);
  try {
    await waitUntilServed(bare, `http://127.0.0.1:${port}`, { timeoutMs: 5_000 });
    const ceiling = await runLoad(`http://127.0.0.1:${port}`, { seconds });
    rows.push([
      'ceiling: bare Node http answering "ok"',
      '—',
      ceiling.requestsPerSecond.toFixed(0),
      '—',
      `${ceiling.p50} / ${ceiling.p99}`,
      String(ceiling.errors),
    ]);
  } finally {
    await bare.stop();
  }

  console.log(
    `bench:serve — ${article} from ${path.relative(projectRoot, outDir) || outDir}, 50 connections, ${seconds} s each`,
  );
  printTable(rows);
}
