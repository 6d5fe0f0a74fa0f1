import { drawable } from './fonts';

/** What a card says: a build plans these for every article, and the card is laid out only when keyed or drawn. */
export interface ShareCardProps {
  /** The newspaper's name, under the headline. */
  masthead: string;
  title: string;
  /** A small line above the title: the rubrique or first tag, or the site's tagline. */
  kicker?: string;
  /** A line under the title, such as the date. */
  footnote?: string;
}

/** The element tree satori lays out: plain data, so that what is drawn can be hashed into a cache key. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

const div = (style: CardNode['props']['style'], children?: string | (CardNode | false | undefined)[]): CardNode => ({
  type: 'div',
  props: {
    style,
    children: Array.isArray(children) ? children.filter((child): child is CardNode => Boolean(child)) : children,
  },
});

/**
 * Only the characters the card's fonts have. Source Serif 4 has no narrow no-break space (U+202F),
 * which French typography puts before « : ; ! ? »: a no-break space keeps the same promise (no line
 * break there) with a glyph the font has.
 */
const withGlyphsWeHave = (text: string) => drawable(text.replace(/\u202F/g, '\u00A0'));

/** The 1200×630 card shown when a page is shared: the headline on newsprint, the masthead below. */
export function shareCard({ masthead, title, kicker, footnote }: ShareCardProps): CardNode {
  const headline = withGlyphsWeHave(title);
  return div(
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#fdfcf8',
      color: '#161616',
      borderTop: '16px solid #a3121f',
    },
    [
      div({ display: 'flex', flexDirection: 'column' }, [
        kicker !== undefined &&
          div(
            { fontSize: 30, fontWeight: 700, color: '#a3121f', letterSpacing: 2, marginBottom: 24 },
            withGlyphsWeHave(kicker).toLocaleUpperCase('fr'),
          ),
        div({ fontSize: headline.length > 90 ? 58 : 68, fontWeight: 700, lineHeight: 1.12 }, headline),
      ]),
      div(
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          borderTop: '3px solid #161616',
          paddingTop: 20,
        },
        [
          div({ fontSize: 48, fontWeight: 700 }, masthead),
          footnote !== undefined && div({ fontSize: 28, color: '#4a4a4a' }, withGlyphsWeHave(footnote)),
        ],
      ),
    ],
  );
}
