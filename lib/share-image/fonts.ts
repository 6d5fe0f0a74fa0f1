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

let uncovered: RegExp | undefined;

/** Every character no subset covers, by the code point ranges of the package's own unicode.json. */
function uncoveredCharacters(): RegExp {
  if (uncovered) return uncovered;
  const ranges = JSON.parse(readFileSync(path.join(packageDirectory, 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  const covered = SUBSETS.flatMap((subset) =>
    (ranges[subset] ?? '')
      .split(',')
      .filter((range) => range !== '')
      .map((range) => {
        const [from = '', to = from] = range.replace(/^U\+/i, '').split('-');
        return `\\u{${parseInt(from, 16).toString(16)}}-\\u{${parseInt(to, 16).toString(16)}}`;
      }),
  );
  uncovered = new RegExp(`[^${covered.join('')}]`, 'gu');
  return uncovered;
}

/** `text` without the characters no font of the card has, spaces tidied where some went. */
export function drawable(text: string): string {
  return text
    .normalize('NFC')
    .replace(uncoveredCharacters(), '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
