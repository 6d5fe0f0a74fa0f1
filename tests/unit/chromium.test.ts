import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, findChromium } from '../e2e/chromium';

describe('the Chromium the browser tests use', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kiosque-chromium-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function executable(directory: string, name: string, mode = 0o755): string {
    mkdirSync(path.join(root, directory), { recursive: true });
    const file = path.join(root, directory, name);
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, mode);
    return file;
  }
  const pathOf = (...directories: string[]) => directories.map((directory) => path.join(root, directory)).join(':');

  it('is CHROME_PATH when it is set, whatever the PATH holds', () => {
    const chosen = executable('elsewhere', 'my-chromium');
    executable('bin', 'chromium');
    expect(findChromium({ CHROME_PATH: chosen, PATH: pathOf('bin') })).toBe(chosen);
  });

  it('refuses a CHROME_PATH that cannot be run, naming it', () => {
    const file = executable('elsewhere', 'not-executable', 0o644);
    expect(() => findChromium({ CHROME_PATH: file, PATH: '' })).toThrow(`CHROME_PATH is "${file}"`);
    expect(() => findChromium({ CHROME_PATH: path.join(root, 'missing'), PATH: '' })).toThrow(/not an executable/);
  });

  it('is otherwise the first of chromium, chromium-browser, google-chrome found on the PATH', () => {
    const chrome = executable('a', 'google-chrome');
    expect(findChromium({ PATH: pathOf('a') })).toBe(chrome);
    const chromiumBrowser = executable('b', 'chromium-browser');
    expect(findChromium({ PATH: pathOf('a', 'b') })).toBe(chromiumBrowser);
    const chromium = executable('c', 'chromium');
    expect(findChromium({ PATH: pathOf('a', 'b', 'c') })).toBe(chromium);
    // Not executable: skipped.
    executable('d', 'chromium', 0o644);
    expect(findChromium({ PATH: pathOf('d', 'a') })).toBe(chrome);
  });

  it('says what to install when there is none', () => {
    expect(() => findChromium({ PATH: pathOf('nothing-here') })).toThrow(CHROMIUM_MISSING);
    expect(CHROMIUM_MISSING).toMatch(/apt-get install -y chromium/);
    expect(CHROMIUM_MISSING).toMatch(/CHROME_PATH/);
  });
});
