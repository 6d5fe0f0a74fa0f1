import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** What the browser tests look for on the PATH when CHROME_PATH is not set, in this order. */
export const CHROMIUM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const CHROMIUM_MISSING =
  'The browser tests need Chromium. Install it (Debian/Ubuntu: `apt-get install -y chromium`), ' +
  `or set CHROME_PATH to a Chromium or Chrome executable. Looked for ${CHROMIUM_COMMANDS.join(', ')} on the PATH.`;

/**
 * The Chromium the browser tests and Lighthouse drive: CHROME_PATH when set, else the first of
 * CHROMIUM_COMMANDS on the PATH. Playwright's own browser download is not used.
 */
export function findChromium(env: Partial<Record<string, string>> = process.env): string {
  const chosen = env.CHROME_PATH?.trim();
  if (chosen) {
    if (!isExecutableFile(chosen))
      throw new Error(`CHROME_PATH is ${JSON.stringify(chosen)}, which is not an executable file.`);
    return chosen;
  }
  const directories = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const command of CHROMIUM_COMMANDS) {
    for (const directory of directories) {
      const candidate = path.join(directory, command);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  throw new Error(CHROMIUM_MISSING);
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
