import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { asciiJson, writeJsonFile } from './json-file';

/** How the file and its journal are written: ASCII JSON (asciiJson), read back as Latin-1. */
const FORMAT = 'ascii-json';

/** The journal is written whole into the file once it holds this share of the file's entries, or more. */
const JOURNAL_SHARE = 1 / 8;

/**
 * A map a build takes from the last build and hands on to the next, holding only what the build kept:
 * an entry it did not `keep` is forgotten when it saves. What is saved is for one `identity` (a version
 * of the stored shape, the fingerprint of the code that made the values): under another, the map
 * starts empty.
 *
 * A publish on a large archive keeps 100,000 entries and changes a few: writing them all, 130 MB for
 * the read cache, took 2 s of every publish. So `save` appends the changes to a journal beside the
 * file, and writes the file whole (and no journal) only when the journal outgrows an eighth of it.
 * The journal names the file it follows: a file written whole after it makes it void, and a line cut
 * short by a crash ends what is read of it (the next save then writes the file whole).
 */
export class KeptMap<V> {
  private readonly before = new Map<string, V>();
  private readonly kept = new Map<string, V>();
  /** The file's own name for itself, which its journal repeats; none when there is no usable file. */
  private base: string | undefined;
  private journalLines = 0;
  private journalIntact = true;
  /** Whether the last build saved a map of this identity (which may be empty). */
  readonly found: boolean = false;

  constructor(
    readonly file: string,
    private readonly identity: string,
    revive: (value: V) => V = (value) => value,
  ) {
    try {
      // Read as Latin-1 whatever it holds: a file of another format (or an older Kiosque's) is then
      // seen as such, and not used.
      const saved = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'latin1')) as Partial<StoredFile<V>>;
      if (saved.format !== FORMAT || saved.identity !== identity) return;
      if (typeof saved.base !== 'string' || !Array.isArray(saved.entries)) return;
      for (const [key, value] of saved.entries) this.before.set(key, revive(value));
      this.base = saved.base;
      this.found = true;
    } catch {
      return; // Nothing saved yet, or unreadable: the map starts empty.
    }
    this.replayJournal(revive);
  }

  private get journal(): string {
    return `${this.file}.journal`;
  }

  private replayJournal(revive: (value: V) => V): void {
    if (!existsSync(this.journal)) return;
    const [header, ...lines] = readFileSync(this.journal, 'latin1').split('\n');
    if (header !== JSON.stringify({ base: this.base })) return;
    for (const line of lines) {
      if (line === '') continue;
      let change: [string, V] | [string];
      try {
        change = JSON.parse(line) as [string, V] | [string];
      } catch {
        this.journalIntact = false;
        return;
      }
      if (change.length === 2) this.before.set(change[0], revive(change[1]));
      else this.before.delete(change[0]);
      this.journalLines++;
    }
  }

  /** The map as the last build left it (as this build left it, once it saved). */
  get previous(): ReadonlyMap<string, V> {
    return this.before;
  }

  /** What this build kept so far. */
  get current(): ReadonlyMap<string, V> {
    return this.kept;
  }

  /** The value under `key`: this build's if it kept one, else the last build's. */
  get(key: string): V | undefined {
    return this.kept.get(key) ?? this.before.get(key);
  }

  /** Hands `value` on under `key`. A value the last build had (the same one, or an equal string or number) is no change. */
  keep(key: string, value: V): void {
    this.kept.set(key, value);
  }

  /** Saves what this build kept, and only that. */
  save(): void {
    const changed = [...this.kept.keys()].filter((key) => this.before.get(key) !== this.kept.get(key));
    const dropped = [...this.before.keys()].filter((key) => !this.kept.has(key));
    if (changed.length + dropped.length === 0 && this.base !== undefined) return;
    const appendable =
      this.base !== undefined &&
      this.journalIntact &&
      this.journalLines + changed.length + dropped.length <= Math.max(this.before.size, this.kept.size) * JOURNAL_SHARE;
    if (appendable) {
      const lines = [
        ...changed.map((key) => asciiJson([key, this.kept.get(key)])),
        ...dropped.map((key) => asciiJson([key])),
      ];
      const header = this.journalLines === 0 ? `${JSON.stringify({ base: this.base })}\n` : '';
      // A journal that follows no file of this map (left by a crash) is replaced, not appended to.
      if (header !== '') rmSync(this.journal, { force: true });
      appendFileSync(this.journal, `${header}${lines.join('\n')}\n`);
      this.journalLines += lines.length;
    } else {
      this.base = randomUUID();
      writeJsonFile(
        this.file,
        { format: FORMAT, identity: this.identity, base: this.base, entries: this.kept },
        { ascii: true },
      );
      rmSync(this.journal, { force: true });
      this.journalLines = 0;
      this.journalIntact = true;
    }
    for (const key of changed) this.before.set(key, this.kept.get(key)!);
    for (const key of dropped) this.before.delete(key);
  }
}

interface StoredFile<V> {
  format: typeof FORMAT;
  identity: string;
  base: string;
  entries: [string, V][];
}
