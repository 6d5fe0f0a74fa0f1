import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * app/fonts.css declares the reading face by hand (Latin and Latin Extended only, nothing
 * preloaded) with a fallback whose metrics match it: these tests pin both to the installed font.
 */
const require = createRequire(import.meta.url);
const css = readFileSync(path.resolve(import.meta.dirname, '../../../app/fonts.css'), 'utf8');
const packageDir = path.dirname(require.resolve('@fontsource-variable/source-serif-4/package.json'));
const unicode = JSON.parse(readFileSync(path.join(packageDir, 'unicode.json'), 'utf8')) as Record<string, string>;
const staticPackageDir = path.dirname(require.resolve('@fontsource/source-serif-4/package.json'));
const fontkit = (require('next/dist/compiled/@next/font/dist/fontkit') as { default: (data: Buffer) => FontFile })
  .default;

const faces = [...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body = '']) =>
  Object.fromEntries(
    body
      .split(';')
      .map((declaration) => declaration.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .map((declaration) => [
        declaration.slice(0, declaration.indexOf(':')),
        declaration.slice(declaration.indexOf(':') + 1).trim(),
      ]),
  ),
);
const fallbackFaces = faces.filter((face) => face['font-family'] === "'Source Serif 4 Fallback'");

describe('app/fonts.css', () => {
  it('declares Source Serif 4 in Latin and Latin Extended, roman and italic, with the package’s own ranges, never swapped in late', () => {
    const served = faces.filter((face) => face['font-family'] === "'Source Serif 4'");
    expect(served.map((face) => `${face['font-style']} ${/-(latin(?:-ext)?)-wght/.exec(face.src ?? '')?.[1]}`)).toEqual(
      ['normal latin-ext', 'normal latin', 'italic latin-ext', 'italic latin'],
    );
    for (const face of served) {
      const file = /url\('\.\.\/node_modules\/@fontsource-variable\/source-serif-4\/(files\/[^']+)'\)/.exec(
        face.src ?? '',
      )?.[1];
      expect(file && existsSync(path.join(packageDir, file)), face.src).toBe(true);
      const subset = /-(latin(?:-ext)?)-wght/.exec(face.src ?? '')?.[1] ?? '';
      expect(face['unicode-range']?.replace(/\s/g, '')).toBe(unicode[subset]);
      // Never swapped in once the text is shown: see app/fonts.css.
      expect(face['font-display']).toBe('optional');
    }
  });

  it('matches every style and weight the site sets with the real face of Times New Roman, scaled to Source Serif 4’s', () => {
    expect(fallbackFaces.map((face) => `${face['font-style']} ${face['font-weight']}`)).toEqual(
      FALLBACK_FACES.map(({ style, weights }) => `${style} ${weights}`),
    );
    for (const { style, weights, instance, times } of FALLBACK_FACES) {
      const face = fallbackFaces.find(
        (candidate) => `${candidate['font-style']} ${candidate['font-weight']}` === `${style} ${weights}`,
      );
      const file = path.join(staticPackageDir, `files/source-serif-4-latin-${instance}-${style}.woff2`);
      expect(face?.src, `${style} ${weights}`).toMatch(new RegExp(`^local\\('Times New Roman${TIMES[times].name}'\\)`));
      expect(percentages(face), `${style} ${weights}`).toEqual(
        percentages(fallbackMetrics(fontkit(readFileSync(file)), times)),
      );
    }
  });

  it('measures Source Serif 4 on static instances as wide as the variable font (at its default weight, which fontkit reads)', () => {
    // The figures come from the static instances; the page loads the variable font: both must agree.
    const variable = fontkit(readFileSync(path.join(packageDir, 'files/source-serif-4-latin-wght-normal.woff2')));
    const regular = fontkit(readFileSync(path.join(staticPackageDir, 'files/source-serif-4-latin-400-normal.woff2')));
    expect(sampleWidth(regular)).toBe(sampleWidth(variable));
  });
});

/**
 * The fallback faces app/fonts.css must declare: for each style and weight range, the weight of
 * Source Serif 4 whose width it takes (its static instance, @fontsource/source-serif-4) and the face of
 * Times New Roman it scales.
 */
const FALLBACK_FACES = [
  { style: 'normal', weights: '200 549', instance: 400, times: 'normal 400' },
  { style: 'normal', weights: '550 749', instance: 700, times: 'normal 700' },
  { style: 'normal', weights: '750 900', instance: 800, times: 'normal 700' },
  { style: 'italic', weights: '200 549', instance: 400, times: 'italic 400' },
  { style: 'italic', weights: '550 900', instance: 700, times: 'italic 700' },
] as const;

/**
 * French text, kerned, the way the site sets it: capitals, accents, apostrophes, figures, guillemets.
 * next/font measures an English letter mix without kerning: matched on it, French headlines came
 * out 1.3 % wider in the fallback than in Source Serif 4.
 */
const SAMPLE =
  'L’Assemblée nationale a adopté mardi, par 312 voix contre 245, le projet de loi sur le numérique. Le texte, ' +
  'présenté en conseil des ministres en février, prévoit de nouvelles règles pour les plateformes et les start-up ' +
  'françaises. « C’est une étape décisive », a déclaré la ministre, qui espère une promulgation avant l’été.';

/**
 * Each face of Times New Roman: its name after the family's, and the SAMPLE's width in it, in 2048ths of
 * an em, measured on Liberation Serif, whose advances and kerning are Times New Roman's.
 */
const TIMES = {
  'normal 400': { name: '', width: 259109 },
  'normal 700': { name: ' Bold', width: 273964 },
  'italic 400': { name: ' Italic', width: 260290 },
  'italic 700': { name: ' Bold Italic', width: 265595 },
};

interface FontFile {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  layout(text: string): { positions: { xAdvance: number }[] };
}

/** The SAMPLE's width in `font`, in ems. */
function sampleWidth(font: FontFile): number {
  return font.layout(SAMPLE).positions.reduce((sum, position) => sum + position.xAdvance, 0) / font.unitsPerEm;
}

/**
 * next/font's algorithm (getFallbackMetricsFromFontFile) on the SAMPLE: the size that gives the face
 * `times` of Times New Roman the width of `font`, and `font`'s ascent, descent and line gap at that size.
 */
function fallbackMetrics(font: FontFile, times: keyof typeof TIMES): Record<string, string> {
  const sizeAdjust = sampleWidth(font) / (TIMES[times].width / 2048);
  const percent = (value: number) => `${Math.abs(value * 100).toFixed(2)}%`;
  return {
    ascentOverride: percent(font.ascent / (font.unitsPerEm * sizeAdjust)),
    descentOverride: percent(font.descent / (font.unitsPerEm * sizeAdjust)),
    lineGapOverride: percent(font.lineGap / (font.unitsPerEm * sizeAdjust)),
    sizeAdjust: percent(sizeAdjust),
  };
}

/** The four figures of a face, as numbers (the CSS may write 116% for 116.00%). */
function percentages(metrics: Record<string, string> | undefined) {
  const value = (...keys: string[]) => {
    const found = keys.map((key) => metrics?.[key]).find((text) => text !== undefined);
    return found === undefined ? undefined : Number.parseFloat(found);
  };
  return {
    ascent: value('ascent-override', 'ascentOverride'),
    descent: value('descent-override', 'descentOverride'),
    lineGap: value('line-gap-override', 'lineGapOverride'),
    size: value('size-adjust', 'sizeAdjust'),
  };
}
