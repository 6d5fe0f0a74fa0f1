/**
 * `npm run bench:serve`: requests per second for an article of the built site (out/, or OUT_DIR),
 * plain and with brotli asked, from `npm start` and from nginx with deploy/nginx.conf, beside two
 * baselines measured in the same run: bare nginx serving the same file with no header of the site
 * (the static limit) and a bare Node server answering the same bytes from memory. Each server runs on
 * core 0, wrk on core 1; the servers take turns, round after round (BENCH_ROUNDS), so that what else
 * the machine does weighs on each alike, and each figure is the median of its rounds. Beside it, the
 * CPU time each server spent per request, which other work on the machine hardly changes. Prints
 * npm start's share of bare nginx, against the target of one half.
 * A benchmark: it prints, it asserts nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { outDirectory } from '../../lib/cli/out-directory';
import { freePort, projectRoot, waitUntilServed, type ServerProcess } from '../e2e/processes';
import { bareNginx, cpuMs, deployedNginx, npmStart, runLoad, startBareNode, type LoadResult } from './http-load';
import { printTable } from './table';

/** npm start must serve at least this share of what bare nginx serves, in the same run. */
const TARGET = 0.5;
const CODINGS = { plain: {}, br: { 'accept-encoding': 'br' } } as const;
type Coding = keyof typeof CODINGS;

const outDir = outDirectory();
const article = process.argv[2] ?? '/articles/cisco-french-tech-2015';
const articleFile = path.join(outDir, `${article}.html`);
if (!existsSync(articleFile)) throw new Error(`No ${articleFile}: run npm run build first.`);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
/** wrk takes whole seconds. */
const perRun = Math.max(1, Math.round(seconds / rounds));

interface Measured {
  name: string;
  server: ServerProcess;
  url: string;
  ready: number;
  runs: Record<Coding, LoadResult[]>;
  /** CPU time and requests over every run, per coding. */
  cpu: Record<Coding, { ms: number; requests: number }>;
}

const starts: { name: string; start: (port: number) => ServerProcess }[] = [
  { name: 'npm start', start: (port) => npmStart(outDir, port) },
  { name: 'nginx, deploy/nginx.conf', start: (port) => deployedNginx(outDir, port) },
  { name: 'bare nginx (the static limit)', start: (port) => bareNginx(outDir, port) },
  { name: 'bare Node from memory', start: (port) => startBareNode(articleFile, port) },
];

const servers: Measured[] = [];
try {
  for (const { name, start } of starts) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = performance.now();
    const server = start(port);
    servers.push({
      name,
      server,
      url,
      ready: 0,
      runs: { plain: [], br: [] },
      cpu: { plain: { ms: 0, requests: 0 }, br: { ms: 0, requests: 0 } },
    });
    await waitUntilServed(server, url + article, { timeoutMs: 15_000, intervalMs: 10 });
    servers.at(-1)!.ready = performance.now() - started;
    await runLoad(url, { seconds: 2, paths: [article] });
  }
  for (let round = 0; round < rounds; round++)
    for (const measured of servers)
      for (const coding of Object.keys(CODINGS) as Coding[]) {
        const pid = measured.server.process.pid!;
        const before = cpuMs(pid);
        const result = await runLoad(measured.url, {
          seconds: perRun,
          paths: [article],
          headers: CODINGS[coding],
        });
        measured.cpu[coding].ms += cpuMs(pid) - before;
        measured.cpu[coding].requests += result.requestsPerSecond * perRun;
        measured.runs[coding].push(result);
      }
} finally {
  await Promise.all(servers.map(({ server }) => server.stop()));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rate = (measured: Measured, coding: Coding) => median(measured.runs[coding].map((run) => run.requestsPerSecond));
const perRequest = ({ cpu }: Measured, coding: Coding) => ((cpu[coding].ms * 1000) / cpu[coding].requests).toFixed(0);

console.log(
  `bench:serve — ${article} from ${path.relative(projectRoot, outDir) || outDir}, wrk: 1 thread, 50 connections, ` +
    `${rounds} rounds of ${perRun} s per server and coding`,
);
printTable([
  ['server', 'ready in', 'req/s plain', 'req/s br', 'p50 / p99 ms (br)', 'CPU µs/req plain | br', 'errors'],
  ...servers.map((measured) => {
    const runs = [...measured.runs.plain, ...measured.runs.br];
    const br = measured.runs.br;
    return [
      measured.name,
      `${measured.ready.toFixed(0)} ms`,
      rate(measured, 'plain').toFixed(0),
      rate(measured, 'br').toFixed(0),
      `${median(br.map((run) => run.p50)).toFixed(2)} / ${median(br.map((run) => run.p99)).toFixed(2)}`,
      `${perRequest(measured, 'plain')} | ${perRequest(measured, 'br')}`,
      String(runs.reduce((sum, run) => sum + run.errors + run.unexpected, 0)),
    ];
  }),
]);
const [start, limit] = [servers[0]!, servers[2]!];
const share = (coding: Coding) => rate(start, coding) / rate(limit, coding);
console.log(
  `npm start / bare nginx: ${share('plain').toFixed(2)} plain, ${share('br').toFixed(2)} br ` +
    `(target ≥ ${TARGET}: ${Math.min(share('plain'), share('br')) >= TARGET ? 'met' : 'not met'})`,
);
