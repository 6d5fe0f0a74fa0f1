import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font } from 'satori';

/**
 * The fonts share cards are drawn with: Source Serif 4 from the installed @fontsource package, in
 * the scripts it covers. Nothing is ever downloaded, so a character none of them has (an emoji,
 * Arabic, Hebrew…) is left out of the drawing rather than drawn as a box.
 */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic', 'cyrillic-ext'] as const;
const WEIGHTS = [400, 700] as const;

const packageDirectory = path.dirname(
  createRequire(import.meta.url).resolve('@fontsource/source-serif-4/package.json'),
);

let loaded: Font[] | undefined;

export function shareImageFonts(): Font[] {
  // One name per subset: satori looks for a glyph in every font only when their names differ.
  loaded ??= SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: `Source Serif 4 ${subset}`,
      // satori reads TTF, OTF and WOFF, not WOFF2.
      data: readFileSync(path.join(packageDirectory, 'files', `source-serif-4-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return loaded;
}

let coverage: [number, number][] | undefined;

/** The code point ranges the subsets cover, from the package's own unicode.json. */
function coveredRanges(): [number, number][] {
  if (coverage) return coverage;
  const ranges = JSON.parse(readFileSync(path.join(packageDirectory, 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  coverage = SUBSETS.flatMap((subset) =>
    (ranges[subset] ?? '').split(',').map((range): [number, number] => {
      const [from = '0', to = from] = range.replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    }),
  );
  return coverage;
}

/** `text` without the characters no font of the card has, spaces tidied where some went. */
export function drawable(text: string): string {
  const ranges = coveredRanges();
  const kept = [...text.normalize('NFC')].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return ranges.some(([from, to]) => code >= from && code <= to);
  });
  return kept
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
