/**
 * Next's static export refuses a dynamic route that yields no page ("at least one route must be
 * generated"), yet a small site has no archive page and a new one may have no tag. Such a route yields
 * this one placeholder instead: its lookups find nothing, the page renders notFound(), and the export
 * step deletes it (lib/build/export.ts).
 */
export const PLACEHOLDER_SEGMENT = '__kiosque-none__';

export function staticParams<Key extends string>(params: Record<Key, string>[], ...keys: Key[]): Record<Key, string>[] {
  if (params.length > 0) return params;
  return [Object.fromEntries(keys.map((key) => [key, PLACEHOLDER_SEGMENT])) as Record<Key, string>];
}

/** `/page/2` → 2; undefined for anything that is not how the site writes a page number. */
export function pageNumber(segment: string): number | undefined {
  return /^[1-9]\d*$/.test(segment) ? Number(segment) : undefined;
}
