/**
 * One of the build's encoding processes (lib/build/photos.ts): an original and the variants it
 * lacks in, each file written into the cache, then "done" or why not. A process of its own, so a
 * photo that takes libvips down (memory, a decoder's crash) fails alone and not the build.
 */
import sharp from 'sharp';
import { encodeVariants } from '../media/encode';
import type { ImageInfo } from '../media/probe';
import type { Variant } from '../media/variants';
import { FileCache } from '../file-cache';

export interface EncodeJob {
  id: number;
  file: string;
  info: ImageInfo;
  variants: Variant[];
  /** The cache key of each variant, in order. */
  keys: string[];
}

export type EncodeAnswer = { id: number; error?: string };

export const WORKER_FLAG = '--kiosque-photo-worker';

if (process.send && process.argv.includes(WORKER_FLAG)) {
  const [cacheDir, threads] = process.argv.slice(process.argv.indexOf(WORKER_FLAG) + 1);
  const cache = new FileCache(cacheDir!);
  // libvips' threads per operation, and no operation cache: memory stays that of the photo in hand.
  sharp.concurrency(Number(threads) || 1);
  sharp.cache(false);
  process.on('message', async ({ id, file, info, variants, keys }: EncodeJob) => {
    let answer: EncodeAnswer;
    try {
      const files = await encodeVariants(file, info, variants);
      files.forEach((bytes, index) => cache.put(keys[index]!, bytes));
      answer = { id };
    } catch (error) {
      answer = { id, error: error instanceof Error ? error.message : String(error) };
    }
    process.send!(answer);
  });
  process.on('disconnect', () => process.exit(0));
}
