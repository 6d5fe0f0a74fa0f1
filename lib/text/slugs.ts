import { remember } from './remember';

/** A name articles are grouped under, with the address made of it: a tag, an author, a rubrique. */
export interface Facet {
  name: string;
  slug: string;
}

/** An article's slug is lowercase ASCII words joined by hyphens: the file name, and its address. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/**
 * Symbols that make a name another subject, said as words in its address: C, C++ and C# are three
 * languages (`c`, `c-plus-plus`, `c-sharp`), Canal+ is `canal-plus`, R&D is `r-et-d`. A `#` before a
 * word is a hashtag's (`#MeToo` is `metoo`); every other symbol only separates words.
 */
const SPOKEN_SYMBOLS: [RegExp, string][] = [
  [/\+/g, ' plus '],
  [/(?<=[\p{L}\p{N}])#/gu, ' sharp '],
  [/&/g, ' et '],
];

/**
 * A tag's address, in any script: its letters and digits, lowercase, joined by single hyphens, the
 * symbols of SPOKEN_SYMBOLS said as words; Latin accents and ligatures are folded, so French tags keep
 * the addresses they always had ("Économie" → economie, "French Tech" → french-tech) and two spellings
 * that differ only by capitals or accents are one tag, while the marks other scripts spell with stay
 * ("العربية", "हिन्दी", "Ελληνικά" → ελληνικά).
 */
export function tagSlug(name: string): string {
  return remember(tagSlugs, name, () => foldedSlug(name));
}

/** Slugs made so far, by name: an archive names the same tags and authors a hundred thousand times over. */
const tagSlugs = new Map<string, string>();

function foldedSlug(name: string): string {
  return SPOKEN_SYMBOLS.reduce((text, [symbol, word]) => text.replace(symbol, word), name)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** "L’État français" → "l-etat-francais": the ASCII part of the same folding, for an article's file name. */
export function slugify(text: string): string {
  return tagSlug(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
