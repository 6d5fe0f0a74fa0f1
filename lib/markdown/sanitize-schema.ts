import type { Schema } from 'hast-util-sanitize';

const MEDIA_FILE = /^\/media\/[\w.-]+$/;
/** `/media/a-1200.avif 1200w, /media/a-800.avif 800w`: derived files and their widths, nothing else. */
const MEDIA_SRCSET = /^\/media\/[\w.-]+ \d+w(?:, \/media\/[\w.-]+ \d+w)*$/;

/**
 * Exactly what article HTML may contain: the elements Markdown produces plus the markup of our own
 * plugins (quote figures, tweet cards, photos as `<picture>`, nowrap spans around short compounds in
 * headings). Everything else is dropped, and every attribute a browser could run (`on*`, `style`,
 * `javascript:` links) with it; photos come from the site itself. Typography adds characters only
 * (U+00A0, U+202F), no markup of its own in paragraphs.
 */
export const sanitizeSchema: Schema = {
  strip: ['script', 'style'],
  clobberPrefix: 'user-content-',
  clobber: ['id', 'name'],
  tagNames: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'em',
    'strong',
    'del',
    'code',
    'pre',
    'a',
    'img',
    'picture',
    'source',
    'ul',
    'ol',
    'li',
    'blockquote',
    'figure',
    'figcaption',
    'time',
    'span',
  ],
  attributes: {
    a: ['href', 'title', ['className', 'tweet-handle', 'tweet-link']],
    // Site paths only: a protocol list cannot refuse `//evil.example/x.png`, which names no protocol.
    // Photos are files the build derives under /media/ (lib/media), never another site's.
    img: [
      ['src', MEDIA_FILE],
      ['srcSet', MEDIA_SRCSET],
      'sizes',
      'alt',
      'title',
      'width',
      'height',
      ['loading', 'lazy'],
      ['decoding', 'async'],
    ],
    source: [['type', 'image/avif', 'image/webp'], ['srcSet', MEDIA_SRCSET], 'sizes'],
    ol: ['start'],
    blockquote: ['cite', 'lang'],
    figure: [['className', 'quote', 'quote-long', 'tweet', 'photo']],
    span: [['className', 'nowrap', 'tweet-source', 'tweet-name', 'tweet-media', 'tweet-meta', 'credit', 'dateline']],
    time: ['dateTime'],
    code: [['className', /^language-[\w-]+$/]],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
  },
};
