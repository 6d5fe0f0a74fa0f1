import { readFileSync } from 'node:fs';
import { writeJsonFile } from '../content/json-file';

/**
 * Values the last build derived, by a key naming everything they were derived from, kept for the
 * code that derived them (`fingerprint`: any change of it derives every value again). A publish on a
 * large archive asks for the same 100,000 values as the build before and derives only the new ones.
 * `save` keeps the values this build asked for and only those.
 */
export class Memo<T> {
  private readonly before = new Map<string, T>();
  private readonly asked = new Map<string, T>();

  constructor(
    readonly file: string,
    private readonly fingerprint: string,
  ) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint: string; values: [string, T][] };
      if (saved.fingerprint === fingerprint) for (const [key, value] of saved.values) this.before.set(key, value);
    } catch {
      // Nothing saved yet, or unreadable: every value is derived.
    }
  }

  /**
   * The value under `key`: the last build's, or `derive`'s. `usable` tells whether a value kept from
   * the last build can still be used (what it names may be gone): if not, it is derived again.
   */
  get(key: string, derive: () => T, usable: (value: T) => boolean = () => true): T {
    const kept = this.asked.get(key) ?? this.before.get(key);
    const value = kept !== undefined && usable(kept) ? kept : derive();
    this.asked.set(key, value);
    return value;
  }

  save(): void {
    writeJsonFile(this.file, { fingerprint: this.fingerprint, values: this.asked });
  }
}
