import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const nextBin = path.join(projectRoot, 'node_modules/.bin/next');
export const tsxBin = path.join(projectRoot, 'node_modules/.bin/tsx');

/** A server run by a test (`npm start`, `next dev`, nginx): its own process group, its output kept for failure messages. */
export interface ServerProcess {
  process: ChildProcess;
  log(): string;
  alive(): boolean;
  /** Ends the server and anything it spawned. */
  stop(): Promise<void>;
}

export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv): ServerProcess {
  const child = spawn(command, args, { cwd: projectRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  for (const stream of [child.stdout, child.stderr])
    stream.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // Last resort if vitest itself exits without stopping it.
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    process: child,
    log: () => log,
    alive,
    async stop() {
      process.off('exit', onExit);
      if (alive()) {
        const exited = once(child, 'exit');
        killGroup('SIGTERM');
        const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      killGroup('SIGKILL');
    },
  };
}

/**
 * Polls `url` until the server answers and `ready` accepts the answer: bounded, no fixed sleeps.
 * Fails with the server's output if it exits or time runs out (a first `next dev` compile is slow).
 */
export async function waitUntilServed(
  server: ServerProcess,
  url: string,
  {
    timeoutMs,
    ready = () => true,
    intervalMs = 250,
  }: { timeoutMs: number; ready?: (response: Response) => boolean; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!server.alive()) throw new Error(`the server exited before serving ${url}:\n${server.log()}`);
    try {
      const response = await fetch(url, {
        redirect: 'manual',
        signal: AbortSignal.timeout(Math.max(deadline - Date.now(), 1)),
      });
      if (ready(response)) return;
    } catch {
      // Not listening yet, or still compiling.
    }
    if (Date.now() > deadline)
      throw new Error(`the server did not serve ${url} within ${timeoutMs} ms:\n${server.log()}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A fresh content folder holding a copy of every article of content/, its pages and its profiles (not its settings). */
export function copyOfContent(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const content = path.join(projectRoot, 'content');
  for (const entry of readdirSync(content)) {
    // The articles, and the paper's own pages and authors' profiles as readers get them.
    if (entry.endsWith('.md') || entry === 'pages' || entry === 'auteurs')
      cpSync(path.join(content, entry), path.join(folder, entry), { recursive: true });
  }
}
