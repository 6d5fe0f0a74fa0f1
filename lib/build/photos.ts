import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENCODING, variantsOf, type PhotoSource, type Variant } from '../media/variants';
import { FileCache } from '../file-cache';
import type { CachedFiles } from './site-output';
import { WORKER_FLAG, type EncodeAnswer, type EncodeJob } from './photo-worker';

export interface PhotoInput {
  source: PhotoSource;
  /** The original's absolute file. */
  file: string;
}

export interface PhotoSummary {
  /** Distinct originals (by their bytes). */
  photos: number;
  /** Derived files encoded by this build, and taken from the cache. */
  encoded: number;
  reused: number;
  /** Originals that could not be derived, by site path; none of their files is in the export. */
  failed: { path: string; message: string }[];
}

/** A derived file's cache key: the original's bytes, every encoding setting, and what the variant is. */
function variantKey(source: PhotoSource, { format, width, height, crop }: Variant): string {
  const key = FileCache.key(
    source.info.hash,
    JSON.stringify(ENCODING),
    JSON.stringify({ format, width, height, crop }),
  );
  return `${key}.${format}`;
}

interface Original {
  file: string;
  source: PhotoSource;
  /** Every site path with these bytes: a failure is reported under each. */
  paths: Set<string>;
  missing: Map<string, Variant>;
}

/**
 * The image step of the build: every variant of every photo the site uses (lib/media/variants.ts),
 * at its address under /media/ in the site. Files come from the cache when an earlier build made
 * them, keyed by the original's bytes and the settings, so a rebuild encodes only new or changed
 * photos; the rest are encoded on every core, one original per process at a time.
 */
export async function writePhotos(
  output: CachedFiles,
  inputs: readonly PhotoInput[],
  cache: FileCache,
  { processes = availableParallelism() } = {},
): Promise<PhotoSummary> {
  const originals = new Map<string, Original>();
  const placements: { key: string; url: string; hash: string }[] = [];
  const seen = new Set<string>();
  let reused = 0;
  for (const { source, file } of inputs) {
    const original = originals.get(source.info.hash) ?? { file, source, paths: new Set(), missing: new Map() };
    originals.set(source.info.hash, original);
    original.paths.add(source.path);
    for (const variant of variantsOf(source)) {
      const key = variantKey(source, variant);
      placements.push({ key, url: variant.url, hash: source.info.hash });
      if (seen.has(key)) continue;
      seen.add(key);
      if (cache.has(key)) reused++;
      else original.missing.set(key, variant);
    }
  }

  const jobs = [...originals.values()].filter((original) => original.missing.size > 0);
  const failures = new Map<string, string>();
  await encodeEverywhere(jobs, cache.directory, processes, (original, error) => {
    if (error) failures.set(original.source.info.hash, error);
  });

  const placed = new Set<string>();
  for (const { key, url, hash } of placements) {
    if (failures.has(hash) || placed.has(url)) continue;
    placed.add(url);
    output.fromCache(url.slice(1), cache, key);
  }
  return {
    photos: originals.size,
    encoded: jobs.filter((job) => !failures.has(job.source.info.hash)).reduce((sum, job) => sum + job.missing.size, 0),
    reused,
    failed: [...originals.values()].flatMap((original) => {
      const message = failures.get(original.source.info.hash);
      return message === undefined ? [] : [...original.paths].map((sitePath) => ({ path: sitePath, message }));
    }),
  };
}

/** tsx's loader, so the encoding processes run the TypeScript worker as the build itself does. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const WORKER = fileURLToPath(new URL('./photo-worker.ts', import.meta.url));

async function encodeEverywhere(
  jobs: readonly Original[],
  cacheDir: string,
  processes: number,
  done: (original: Original, error?: string) => void,
): Promise<void> {
  const lanes = Math.max(1, Math.min(processes, jobs.length));
  // Fewer photos than cores: each process's libvips gets the cores left over.
  const threads = Math.max(1, Math.floor(availableParallelism() / lanes));
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs.length === 0 ? 0 : lanes }, async () => {
      let encoder: EncoderProcess | undefined;
      try {
        while (next < jobs.length) {
          const original = jobs[next++]!;
          encoder ??= new EncoderProcess(cacheDir, threads);
          const error = await encoder.encode(original);
          // A process that died with the photo is replaced for the next one.
          if (encoder.ended) encoder = undefined;
          done(original, error);
        }
      } finally {
        await encoder?.close();
      }
    }),
  );
}

/** One encoding process; `encode` answers undefined when the original's files are in the cache, else why not. */
class EncoderProcess {
  private readonly child: ChildProcess;
  private waiting?: { id: number; resolve: (error?: string) => void };
  private sent = 0;
  ended?: string;

  constructor(cacheDir: string, threads: number) {
    this.child = fork(WORKER, [WORKER_FLAG, cacheDir, String(threads)], {
      execArgv: ['--import', TSX_LOADER],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', ({ id, error }: EncodeAnswer) => {
      if (this.waiting?.id !== id) return;
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve(error);
    });
    const end = (why: string) => {
      this.ended ??= why;
      this.waiting?.resolve(this.ended);
      this.waiting = undefined;
    };
    this.child.on('error', (error) => end(`the encoding process failed: ${error.message}`));
    this.child.on('exit', (code, signal) =>
      end(
        signal === 'SIGKILL'
          ? 'the encoding process was killed (out of memory?) while it encoded this photo'
          : `the encoding process stopped (${signal ?? `exit code ${code}`}) while it encoded this photo`,
      ),
    );
  }

  encode(original: Original): Promise<string | undefined> {
    if (this.ended) return Promise.resolve(this.ended);
    const id = this.sent++;
    const job: EncodeJob = {
      id,
      file: original.file,
      info: original.source.info,
      variants: [...original.missing.values()],
      keys: [...original.missing.keys()],
    };
    return new Promise((resolve) => {
      this.waiting = { id, resolve };
      this.child.send(job);
    });
  }

  /** Lets the process finish and resolves once it has exited: the step leaves no process behind. */
  close(): Promise<void> {
    this.ended ??= 'closed';
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    if (this.child.connected) this.child.disconnect();
    return exited;
  }
}
