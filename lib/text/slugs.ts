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
 * A tag's address, in any script: its letters and digits, lowercase, joined by single hyphens;
 * Latin accents and ligatures are folded, so French tags keep the addresses they always had
 * ("Économie" → economie, "French Tech" → french-tech), while the marks other scripts spell with
 * stay ("العربية", "हिन्दी", "Ελληνικά" → ελληνικά).
 */
export function tagSlug(name: string): string {
  return name
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
