import { execFileSync, spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { startNginx } from '../e2e/nginx';
import { startProcess, type ServerProcess } from '../e2e/processes';
import { serveSite } from '../e2e/site';

/**
 * Shared by the HTTP benchmarks: load on loopback with autocannon, the server and the load on
 * different cores where `taskset` exists (this machine has two), and a table printer.
 */
export const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The command prefix that pins a server to core 0. */
export const onServerCore = hasTaskset ? ['taskset', '-c', '0'] : [];

/** Re-runs this benchmark pinned to core 1 (the load's core) unless it already is; returns whether the caller should go on. */
export function pinLoadToItsCore(): boolean {
  if (!hasTaskset || process.env.KIOSQUE_BENCH_PINNED === '1') return true;
  const run = spawnSync('taskset', ['-c', '1', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, KIOSQUE_BENCH_PINNED: '1' },
  });
  process.exitCode = run.status ?? 1;
  return false;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** Answers with a status other than 200, or 404 for the paths meant to be unknown. */
  unexpected: number;
}

export async function runLoad(
  url: string,
  { connections = 50, seconds = 10, paths = ['/'], headers = {} as Record<string, string> } = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const expected = new Set(['200', ...(paths.some((path) => path.includes('nope')) ? ['404'] : [])]);
  const unexpected = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => !expected.has(status))
    .reduce((sum, [, { count }]) => sum + (count ?? 0), 0);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    unexpected,
  };
}

/** The servers the HTTP benchmarks compare, each started on the server's core, serving `outDir`. */
export const benchServers: { name: string; start: (outDir: string, port: number) => ServerProcess }[] = [
  { name: 'npm start (sirv)', start: (outDir, port) => serveSite(outDir, port, onServerCore) },
  { name: 'nginx, deploy/nginx.conf', start: (outDir, port) => startNginx(outDir, port, onServerCore) },
];

/** A bare Node server answering two bytes from memory: the ceiling of the load generator itself. */
export function startBareNode(port: number): ServerProcess {
  const script =
    "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.argv[1]), '127.0.0.1')";
  const [program = process.execPath, ...args] = [...onServerCore, process.execPath, '-e', script, String(port)];
  return startProcess(program, args, process.env);
}
