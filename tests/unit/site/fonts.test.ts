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

describe('app/fonts.css', () => {
  it('declares Source Serif 4 in Latin and Latin Extended, roman and italic, with the package’s own ranges', () => {
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
      expect(face['font-display']).toBe('swap');
    }
  });

  it('gives the fallback the metrics next/font computes for Source Serif 4 over Times New Roman', async () => {
    const fontkit = (require('next/dist/compiled/@next/font/dist/fontkit') as { default: (data: Buffer) => unknown })
      .default;
    const { getFallbackMetricsFromFontFile } =
      require('next/dist/compiled/@next/font/dist/local/get-fallback-metrics-from-font-file') as {
        getFallbackMetricsFromFontFile: (font: unknown, category: string) => Record<string, string>;
      };
    const font = fontkit(readFileSync(path.join(packageDir, 'files/source-serif-4-latin-wght-normal.woff2')));
    const expected = getFallbackMetricsFromFontFile(font, 'serif');
    const fallback = faces.find((face) => face['font-family'] === "'Source Serif 4 Fallback'");
    expect(fallback?.src).toMatch(/^local\('Times New Roman'\)/);
    expect({
      ascent: fallback?.['ascent-override'],
      descent: fallback?.['descent-override'],
      size: fallback?.['size-adjust'],
    }).toEqual({ ascent: expected.ascentOverride, descent: expected.descentOverride, size: expected.sizeAdjust });
  });
});
