import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** What a string is written in once it is this long. */
const CHUNK = 2 ** 20;

/**
 * Writes `value` to `file` as JSON, whole or not at all (written aside, then renamed). Each field
 * that is a list (an array, a Map as its [key, value] pairs, any iterable but a string) is written
 * an item at a time, a megabyte at a time: the read cache of 100,000 articles made one string of
 * 130 MB, and encoding it to write it took 3.6 s in the content step, its heap near its limit,
 * where its items take a few hundred milliseconds.
 */
export function writeJsonFile(
  file: string,
  value: Record<string, unknown>,
  { ascii = false }: { ascii?: boolean } = {},
): void {
  const json: (item: unknown) => string | undefined = ascii ? asciiJson : JSON.stringify;
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const descriptor = openSync(temporary, 'w');
  try {
    let pending = '';
    const write = (text: string) => {
      pending += text;
      if (pending.length >= CHUNK) {
        writeSync(descriptor, pending);
        pending = '';
      }
    };
    write('{');
    for (const [index, [key, field]] of Object.entries(value).entries()) {
      write(`${index > 0 ? ',' : ''}${json(key)}:`);
      if (!isList(field)) {
        write(json(field) ?? 'null');
        continue;
      }
      write('[');
      let first = true;
      for (const item of field) {
        write(`${first ? '' : ','}${json(item) ?? 'null'}`);
        first = false;
      }
      write(']');
    }
    writeSync(descriptor, `${pending}}`);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(descriptor);
  renameSync(temporary, file);
}

function isList(field: unknown): field is Iterable<unknown> {
  return typeof field === 'object' && field !== null && Symbol.iterator in field;
}

/**
 * `value` as JSON of ASCII characters only, every other one escaped (`é` as `\u00e9`): such a file is
 * read back as Latin-1, a plain copy of its bytes, where decoding UTF-8 cost the read cache of 100,000
 * articles 1.4 s, and JSON.parse reads a one-byte string faster than a two-byte one.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value)?.replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
