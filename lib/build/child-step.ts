import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * A step of the build run in a process of its own (with the parent's TypeScript loader): when it
 * exits, the memory it used goes back to the system at once, instead of staying in the build's
 * process while the next step (Next's workers, Pagefind) needs its own.
 */
export function runChildStep<Input, Result>(
  moduleUrl: string,
  input: Input,
  { heapMb }: { heapMb?: number } = {},
): Promise<Result> {
  const name = fileURLToPath(moduleUrl);
  return new Promise((resolve, reject) => {
    // The child is told which step it runs by the module's own URL, the same in both processes.
    const child = fork(name, [moduleUrl], {
      execArgv: heapMb ? [...process.execArgv, `--max-old-space-size=${heapMb}`] : process.execArgv,
      // Under a heap limit, what the child prints is held back: if it runs out, V8's report is not the editor's.
      stdio: heapMb ? ['inherit', 'inherit', 'pipe', 'ipc'] : 'inherit',
    });
    let printed = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
    let result: { value: Result } | undefined;
    child.on('message', (value: Result) => (result = { value }));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!result && heapMb && signal === 'SIGABRT') return reject(new OutOfHeap(name, heapMb));
      process.stderr.write(printed);
      if (result) resolve(result.value);
      else reject(new Error(`${name} stopped (${signal ?? `exit code ${code}`}) before it finished.`));
    });
    child.send(input as object);
  });
}

/** A step given a heap limit needed more: V8 stopped it. */
export class OutOfHeap extends Error {
  constructor(name: string, heapMb: number) {
    super(`${name} stopped (SIGABRT) before it finished: it needed more than its ${heapMb} MB of heap.`);
  }
}

/** In the module `moduleUrl`, when it was started by runChildStep: answers the input with `run`'s result, then exits. */
export function serveChildStep<Input, Result>(
  moduleUrl: string,
  run: (input: Input) => Result | Promise<Result>,
): void {
  if (!process.send || process.argv[2] !== moduleUrl) return;
  process.once('message', async (input: Input) => {
    process.send!(await run(input), () => process.exit(0));
  });
}
