import path from 'node:path';

/** The built site's folder when OUT_DIR names none, relative to where the command runs. */
export const DEFAULT_OUT_DIR = 'out';

/** Where the built site is: out/, unless OUT_DIR names another folder (absolute, or relative to where the command runs). */
export function outDirectory(): string {
  return path.resolve(process.env.OUT_DIR || DEFAULT_OUT_DIR);
}
