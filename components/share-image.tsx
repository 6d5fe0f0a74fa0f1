import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { shareImage, site } from '@/lib/site';

export interface ShareImageProps {
  title: string;
  /** A small line above the title: the first tag, or the site's tagline. */
  kicker?: string;
  /** A line under the title, such as the date. */
  footnote?: string;
}

/** Source Serif 4 as WOFF (next/og reads TTF, OTF and WOFF, not WOFF2), from the installed package: no download. */
function fontFile(weight: 400 | 700): Promise<Buffer> {
  return readFile(
    path.join(
      /*turbopackIgnore: true*/ process.cwd(),
      'node_modules/@fontsource/source-serif-4/files',
      `source-serif-4-latin-${weight}-normal.woff`,
    ),
  );
}

/**
 * Source Serif 4 has no narrow no-break space (U+202F), and next/og would fetch a font from the
 * network for it: a no-break space keeps the same promise (no line break before « : ; ! ? »).
 */
function withGlyphsWeHave(props: ShareImageProps): ShareImageProps {
  const fix = (text?: string) => text?.replace(/\u202F/g, '\u00A0');
  return { title: fix(props.title)!, kicker: fix(props.kicker), footnote: fix(props.footnote) };
}

/** The 1200×630 card shown when a page is shared: the headline on newsprint, the masthead below. */
export async function shareImageResponse(props: ShareImageProps): Promise<ImageResponse> {
  const { title, kicker, footnote } = withGlyphsWeHave(props);
  const [regular, bold] = await Promise.all([fontFile(400), fontFile(700)]);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#fdfcf8',
        color: '#161616',
        fontFamily: 'Source Serif 4',
        borderTop: '16px solid #a3121f',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {kicker && (
          <div style={{ fontSize: 30, fontWeight: 700, color: '#a3121f', letterSpacing: 2, marginBottom: 24 }}>
            {kicker.toLocaleUpperCase('fr')}
          </div>
        )}
        <div style={{ fontSize: title.length > 90 ? 58 : 68, fontWeight: 700, lineHeight: 1.12 }}>{title}</div>
      </div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          borderTop: '3px solid #161616',
          paddingTop: 20,
        }}
      >
        <div style={{ fontSize: 48, fontWeight: 700 }}>{site.name}</div>
        {footnote && <div style={{ fontSize: 28, color: '#4a4a4a' }}>{footnote}</div>}
      </div>
    </div>,
    {
      width: shareImage.width,
      height: shareImage.height,
      fonts: [
        { name: 'Source Serif 4', data: regular, weight: 400, style: 'normal' },
        { name: 'Source Serif 4', data: bold, weight: 700, style: 'normal' },
      ],
    },
  );
}
