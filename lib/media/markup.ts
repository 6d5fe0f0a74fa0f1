import type { Picture } from './variants';

/**
 * How wide each photo is laid out, as `sizes` tells a browser before it has the stylesheet: it must
 * describe app/globals.css, or a phone downloads a photo twice too large (the e2e photo tests check the
 * width a phone picks). `main` is at most 72rem and has 1rem of padding on each side.
 */
export const PHOTO_SIZES = {
  /** The article's column: `--measure`, 40rem, within main's padding. */
  article: '(min-width: 42rem) 40rem, calc(100vw - 2rem)',
  /** The front page's lead: three fifths of main from 48rem (`.front-lead`), the whole width below. */
  frontLead: '(min-width: 72rem) 41rem, (min-width: 48rem) calc(60vw - 2rem), calc(100vw - 2rem)',
  /** A teaser's thumbnail (`.teaser-thumb`). */
  thumb: '6.5rem',
  /** An author's portrait (`.portrait img`: clamp(5rem, 18vw, 8rem)). */
  portrait: '(min-width: 44.5rem) 8rem, max(5rem, 18vw)',
} as const;

export type Loading = 'lazy' | 'first';

/**
 * The attributes of a `<picture>`'s sources and `<img>`, the one mapping the article bodies (hast) and
 * the components (JSX) both spread: typed AVIF and WebP sources, the fallback with its displayed size
 * (so nothing shifts as it loads), and how it loads — lazily, or first and eagerly for the photo that
 * is the page's largest paint (never lazy).
 */
export function pictureAttributes(
  picture: Picture,
  { alt, sizes, loading }: { alt: string; sizes: string; loading: Loading },
) {
  return {
    sources: picture.sources.map(({ type, srcset }) => ({ type, srcSet: srcset, sizes })),
    img: {
      src: picture.fallback.src,
      srcSet: picture.fallback.srcset,
      sizes,
      width: picture.width,
      height: picture.height,
      alt,
      ...(loading === 'lazy'
        ? { loading: 'lazy' as const, decoding: 'async' as const }
        : { fetchPriority: 'high' as const }),
    },
  };
}
