import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { startBareNginx, startNginx } from '../e2e/nginx';
import { startProcess, type ServerProcess } from '../e2e/processes';
import { serveSite } from '../e2e/site';

/**
 * Shared by the HTTP benchmarks: load on loopback with wrk (Debian's `wrk`: written in C, it outruns
 * every server measured here, where a load generator in Node saturates first), the server on core 0
 * and wrk on core 1 where `taskset` exists (this machine has two).
 */
const runFile = promisify(execFile);

export const WRK_MISSING = 'The HTTP benchmarks load the servers with wrk: apt-get install -y wrk.';

/** Whether `command` runs at all (wrk prints its usage and exits 1 for any question). */
function hasCommand(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).error === undefined;
}

const hasTaskset = hasCommand('taskset', ['--version']);
/** The command prefixes that pin a server to core 0 and the load to core 1. */
export const onServerCore = hasTaskset ? ['taskset', '-c', '0'] : [];
const onLoadCore = hasTaskset ? ['taskset', '-c', '1'] : [];

export interface LoadResult {
  requestsPerSecond: number;
  /** Latency percentiles, in milliseconds. */
  p50: number;
  p99: number;
  /** Connections refused, reset or timed out. */
  errors: number;
  /** Answers with a status other than 200, or 404 for the paths meant to be unknown (`nope`). */
  unexpected: number;
}

interface WrkSummary {
  requests: number;
  durationUs: number;
  errors: number;
  notOk: number;
  p50Us: number;
  p99Us: number;
  askedMissing: number;
  statuses: Record<string, number>;
}

/**
 * `connections` connections on one wrk thread for `seconds`, asking for `paths` in turn (one path:
 * wrk's fastest mode, its request made once).
 */
export async function runLoad(
  url: string,
  { connections = 50, seconds = 10, paths = ['/'], headers = {} as Record<string, string> } = {},
): Promise<LoadResult> {
  if (!hasCommand('wrk', ['--version'])) throw new Error(WRK_MISSING);
  const [program = 'wrk', ...args] = [
    ...onLoadCore,
    'wrk',
    '-t1',
    `-c${connections}`,
    `-d${seconds}s`,
    '-s',
    path.join(import.meta.dirname, 'wrk-report.lua'),
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    paths.length === 1 ? url + paths[0] : url,
  ];
  const env = { ...process.env, ...(paths.length > 1 && { KIOSQUE_WRK_PATHS: paths.join(' ') }) };
  const { stdout } = await runFile(program, args, { env });
  const line = /^KIOSQUE_WRK (.+)$/m.exec(stdout)?.[1];
  if (!line) throw new Error(`wrk printed no summary:\n${stdout}`);
  const summary = JSON.parse(line) as WrkSummary;
  const unexpected =
    paths.length === 1
      ? summary.notOk
      : Object.entries(summary.statuses)
          .filter(([status]) => status !== '200' && status !== '404')
          .reduce((sum, [, count]) => sum + count, 0) +
        // The 404s that answered something other than an unknown path (a few answers may still be under way at the end).
        Math.max(0, (summary.statuses['404'] ?? 0) - summary.askedMissing);
  return {
    requestsPerSecond: summary.requests / (summary.durationUs / 1e6),
    p50: summary.p50Us / 1000,
    p99: summary.p99Us / 1000,
    errors: summary.errors,
    unexpected,
  };
}

/** A process and every process under it, from /proc (a server started by tsx is two). */
function processTree(pid: number): number[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  return [pid, ...children.flatMap((child) => processTree(Number(child)))];
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** The CPU time, user and system, a server's processes have used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  return processTree(pid).reduce((sum, each) => {
    const fields = readFileSync(`/proc/${each}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  }, 0);
}

/** The resident memory of a server's processes, in MB. */
export function rssMb(pid: number): number {
  return processTree(pid).reduce(
    (sum, each) => sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${each}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    0,
  );
}

type StartServer = (outDir: string, port: number) => ServerProcess;

export const npmStart: StartServer = (outDir, port) => serveSite(outDir, port, onServerCore);
export const deployedNginx: StartServer = (outDir, port) => startNginx(outDir, port, onServerCore);
export const bareNginx: StartServer = (outDir, port) => startBareNginx(outDir, port, onServerCore);

/**
 * A bare Node server answering the article's bytes from memory (its .br when Accept-Encoding names
 * br), with no header of the site: what Node's HTTP server alone costs.
 */
export function startBareNode(file: string, port: number): ServerProcess {
  const script = [
    "const { readFileSync } = require('node:fs');",
    'const [file, port] = process.argv.slice(1);',
    "const plain = readFileSync(file), br = readFileSync(file + '.br');",
    "const type = 'text/html; charset=utf-8';",
    "require('node:http').createServer((request, response) => {",
    "  const compressed = (request.headers['accept-encoding'] ?? '').includes('br');",
    "  response.writeHead(200, compressed ? { 'Content-Type': type, 'Content-Encoding': 'br' } : { 'Content-Type': type });",
    '  response.end(compressed ? br : plain);',
    "}).listen(Number(port), '127.0.0.1');",
  ].join('\n');
  const [program = process.execPath, ...args] = [...onServerCore, process.execPath, '-e', script, file, String(port)];
  return startProcess(program, args, process.env);
}
