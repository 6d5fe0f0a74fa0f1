import { KeptMap } from '../content/kept-map';

/**
 * Values the last build derived, by a key naming everything they were derived from, kept for the
 * code that derived them (`fingerprint`: any change of it derives every value again). A publish on a
 * large archive asks for the same 100,000 values as the build before and derives only the new ones.
 * `save` keeps the values this build asked for and only those.
 */
export class Memo<T> {
  private readonly values: KeptMap<T>;

  constructor(file: string, fingerprint: string) {
    this.values = new KeptMap<T>(file, fingerprint);
  }

  /**
   * The value under `key`: the last build's, or `derive`'s. `usable` tells whether a value kept from
   * the last build can still be used (what it names may be gone): if not, it is derived again.
   */
  get(key: string, derive: () => T, usable: (value: T) => boolean = () => true): T {
    const kept = this.values.get(key);
    const value = kept !== undefined && usable(kept) ? kept : derive();
    this.values.keep(key, value);
    return value;
  }

  save(): void {
    this.values.save();
  }
}
