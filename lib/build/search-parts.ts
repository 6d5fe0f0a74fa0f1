import { FileCache } from '../file-cache';
import { BuildError } from './errors';

/**
 * The search index in parts, as a log-structured tree: the records are split in publication order into
 * frozen parts, which a build never indexes again while their records stay the same, and the current
 * part, the newest records, which each publication indexes again. With a part size of n:
 *
 * - the current part holds from n to 2n − 1 records (fewer only while the whole archive does): when it
 *   reaches 2n, its oldest n are frozen into a medium part;
 * - ten medium parts are merged into a big one (10n records), once per 10n articles;
 * - a frozen part that loses more than half its records (unpublished articles) is dissolved, its
 *   records going back to be frozen again with the newest.
 *
 * A publication thus indexes the current part, fewer than 2n records (and, once every n articles, a
 * new medium part; once every 10n, a big one); no Pagefind process ever holds more than 10n records,
 * which bounds the build's memory; and a search loads about one bundle per 10n articles, plus at most
 * nine medium ones and the current one.
 *
 * The current part never shrinks below n because a search ranks each part's matches with that part's
 * own statistics (Pagefind#796): in a part of a few records, every word is common, and the newest
 * articles, the ones a newsroom's readers look for first, would rank below the archive's.
 */
export const MEDIUMS_PER_BIG = 10;

/**
 * The part size n: a publication indexes 500 to 999 records (one to two seconds here), a big part
 * holds 5,000 (600 MB in Pagefind's process while it is written: npm run bench:search).
 */
export const PART_SIZE = 500;

/** The part size: PART_SIZE, or KIOSQUE_SEARCH_PART_SIZE, which lets a test split a few articles into parts. */
export function searchPartSize(env: Partial<Record<string, string>> = process.env): number {
  const value = env.KIOSQUE_SEARCH_PART_SIZE;
  if (value === undefined || value === '') return PART_SIZE;
  if (!/^[1-9]\d*$/.test(value.trim()))
    throw new BuildError([
      `KIOSQUE_SEARCH_PART_SIZE: is not a number of articles (expected a whole number, 1 or more, found ${JSON.stringify(value)})`,
    ]);
  return Number(value);
}

/** The folder of the current part, under /pagefind/; the search page loads Pagefind's script from it. */
export const CURRENT_PART = 'current';

export interface FrozenPart {
  /**
   * Its folder under /pagefind/: a digest of its records' addresses, so that it keeps its name (and
   * its files their bytes) while it keeps its records.
   */
  name: string;
  level: 'medium' | 'big';
  /** Its records, by address, in publication order. */
  ids: string[];
}

export interface SearchLayout {
  /** Oldest first. */
  frozen: FrozenPart[];
  /** The newest records, by address, in publication order. */
  current: string[];
}

/**
 * Where each record goes: `ids` are every published record, oldest first; `previous` is the last
 * build's frozen parts, which keep their records (less those no longer published).
 */
export function planSearchLayout(ids: readonly string[], previous: readonly FrozenPart[], size: number): SearchLayout {
  const order = new Map(ids.map((id, index) => [id, index]));
  const chronological = (list: string[]) => list.sort((a, b) => order.get(a)! - order.get(b)!);
  const taken = new Set<string>();
  let frozen: FrozenPart[] = [];
  for (const part of previous) {
    const kept = part.ids.filter((id) => order.has(id) && !taken.has(id));
    const nominal = part.level === 'big' ? size * MEDIUMS_PER_BIG : size;
    if (kept.length * 2 < nominal) continue;
    for (const id of kept) taken.add(id);
    frozen.push(frozenPart(part.level, chronological(kept)));
  }
  const tail = ids.filter((id) => !taken.has(id));
  // The search page loads Pagefind from the current part: it must hold something.
  if (tail.length === 0 && frozen.length > 0) tail.push(...frozen.pop()!.ids);
  while (tail.length >= 2 * size) frozen.push(frozenPart('medium', tail.splice(0, size)));

  for (;;) {
    const group = frozen.filter((part) => part.level === 'medium').slice(0, MEDIUMS_PER_BIG);
    if (group.length < MEDIUMS_PER_BIG) break;
    const big = frozenPart('big', chronological(group.flatMap((part) => part.ids)));
    frozen = frozen.flatMap((part) => (part === group[0] ? [big] : group.includes(part) ? [] : [part]));
  }
  return { frozen, current: tail };
}

function frozenPart(level: FrozenPart['level'], ids: string[]): FrozenPart {
  return { name: FileCache.key(...ids).slice(0, 16), level, ids };
}
