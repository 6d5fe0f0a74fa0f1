import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeJsonFile } from '@/lib/content/json-file';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('writeJsonFile', () => {
  it('writes what JSON.stringify would, its lists an item at a time, Maps as their pairs', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'kiosque-json-'));
    const file = path.join(folder, 'deep', 'cache.json');
    // Several megabytes of two-byte text: written in more than one chunk.
    const entries = new Map(
      Array.from({ length: 30_000 }, (_, index) => [`clé-${index}`, { titre: `L’été « ${index} »`, n: index }]),
    );
    const value = { version: 2, name: 'Kiosque', entries, empty: [], set: new Set(['a', 'b']), none: undefined };
    writeJsonFile(file, value);
    expect(readFileSync(file, 'utf8')).toBe(
      JSON.stringify({ ...value, entries: [...entries], set: ['a', 'b'], none: null }),
    );
    expect(readdirSync(path.dirname(file))).toEqual(['cache.json']);
  });

  it('leaves the file as it was when the value cannot be written', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'kiosque-json-'));
    const file = path.join(folder, 'cache.json');
    writeFileSync(file, '{"before":true}');
    expect(() => writeJsonFile(file, { list: [1, 2n] })).toThrow(/BigInt/);
    expect(readFileSync(file, 'utf8')).toBe('{"before":true}');
    expect(readdirSync(folder)).toEqual(['cache.json']);
  });
});
