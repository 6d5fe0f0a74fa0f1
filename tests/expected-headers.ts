/**
 * What each kind of file of the site is sent as, and how long it may be cached: the one table the
 * unit tests of the header list (tests/unit/server) and the end-to-end tests of both servers
 * (tests/e2e/serving.test.ts) hold lib/server/headers.ts to.
 */
const PAGE_CACHE = 'public, max-age=300';
const IMMUTABLE = 'public, max-age=31536000, immutable';

export const EXPECTED_HEADERS = {
  page: { type: 'text/html; charset=utf-8', cache: PAGE_CACHE },
  rss: { type: 'application/rss+xml; charset=utf-8', cache: PAGE_CACHE },
  atom: { type: 'application/atom+xml; charset=utf-8', cache: PAGE_CACHE },
  jsonFeed: { type: 'application/feed+json; charset=utf-8', cache: PAGE_CACHE },
  sitemap: { type: 'application/xml; charset=utf-8', cache: PAGE_CACHE },
  text: { type: 'text/plain; charset=utf-8', cache: PAGE_CACHE },
  script: { type: 'text/javascript; charset=utf-8', cache: PAGE_CACHE },
  shareImage: { type: 'image/png', cache: PAGE_CACHE },
  /** Files named by their bytes: /_next/static/ and the photos' derived files under /media/. */
  stylesheet: { type: 'text/css; charset=utf-8', cache: IMMUTABLE },
  font: { type: 'font/woff2', cache: IMMUTABLE },
  avif: { type: 'image/avif', cache: IMMUTABLE },
  webp: { type: 'image/webp', cache: IMMUTABLE },
  jpeg: { type: 'image/jpeg', cache: IMMUTABLE },
  png: { type: 'image/png', cache: IMMUTABLE },
} as const satisfies Record<string, { type: string; cache: string }>;

export type FileKind = keyof typeof EXPECTED_HEADERS;
