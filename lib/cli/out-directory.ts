import path from 'node:path';

/** Where the built site is: out/, unless OUT_DIR names another folder (absolute, or relative to where the command runs). */
export function outDirectory(): string {
  return path.resolve(process.env.OUT_DIR || 'out');
}
