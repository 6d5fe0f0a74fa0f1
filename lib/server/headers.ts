/**
 * Every response header the site's servers add, in one list: `npm start` applies it to each response
 * and deploy/nginx.conf is generated from it (npm run deploy:nginx), so the two cannot drift.
 */

/**
 * The pages run no script: `script-src 'none'`. The JSON-LD blocks are data, never executed, so
 * the policy does not apply to them.
 */
export const CONTENT_SECURITY_POLICY = policy("script-src 'none'");

/** The search page runs Pagefind, from the site itself: its scripts, its worker and its WebAssembly. */
const SEARCH_CONTENT_SECURITY_POLICY = policy("script-src 'self' 'wasm-unsafe-eval'");

function policy(scripts: string): string {
  return [
    "default-src 'self'",
    scripts,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
    'magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The headers of an answer the server writes itself (405, 400, a redirect): never cached. */
export const ANSWER_HEADERS: Readonly<Record<string, string>> = { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' };

/** Files whose name carries a hash of their content never change: cached for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, feeds and the rest change with every publication: a short while, then revalidated (ETag). */
const SHORT = 'public, max-age=300';

export interface PathRule {
  /** How the rule matches a path, as nginx's `location` does: `exact`, or the longest `prefix`, or a `suffix`. */
  match: { exact: string } | { prefix: string } | { suffix: string };
  cacheControl: string;
  /** Overrides the type a server would derive from the extension. */
  contentType?: string;
  /** Overrides the site's Content-Security-Policy for this path. */
  contentSecurityPolicy?: string;
}

const utf8 = (type: string) => `${type}; charset=utf-8`;
/** The sitemaps' type, and any other XML file's without a rule of its own. */
const XML_TYPE = utf8('application/xml');

/** In the order they are tried: exact paths, then prefixes, then suffixes, then the rest. */
export const PATH_RULES: readonly PathRule[] = [
  { match: { exact: '/rss.xml' }, cacheControl: SHORT, contentType: utf8('application/rss+xml') },
  { match: { exact: '/atom.xml' }, cacheControl: SHORT, contentType: utf8('application/atom+xml') },
  { match: { exact: '/feed.json' }, cacheControl: SHORT, contentType: utf8('application/feed+json') },
  { match: { exact: '/recherche' }, cacheControl: SHORT, contentSecurityPolicy: SEARCH_CONTENT_SECURITY_POLICY },
  // Pagefind's worker runs under the policy of its own response: it compiles the WebAssembly.
  { match: { prefix: '/pagefind/' }, cacheControl: SHORT, contentSecurityPolicy: SEARCH_CONTENT_SECURITY_POLICY },
  { match: { prefix: '/_next/static/' }, cacheControl: IMMUTABLE },
  // The photos the build derives: each name carries a hash of the original and of the settings.
  { match: { prefix: '/media/' }, cacheControl: IMMUTABLE },
  { match: { suffix: '.xml' }, cacheControl: SHORT, contentType: XML_TYPE },
  { match: { prefix: '/' }, cacheControl: SHORT },
];

/**
 * The media type of every kind of file the site serves, by extension, text with its charset. The
 * servers use this list and no other (nginx's own mime.types may lack AVIF).
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: utf8('text/html'),
  css: utf8('text/css'),
  js: utf8('text/javascript'),
  txt: utf8('text/plain'),
  json: utf8('application/json'),
  xml: XML_TYPE,
  svg: utf8('image/svg+xml'),
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  woff2: 'font/woff2',
};

/** Any other file (Pagefind's index files): bytes, which nosniff keeps a browser from reading as anything else. */
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

export function ruleFor(pathname: string): PathRule {
  const matches = (rule: PathRule) =>
    'exact' in rule.match
      ? pathname === rule.match.exact
      : 'prefix' in rule.match
        ? pathname.startsWith(rule.match.prefix)
        : pathname.endsWith(rule.match.suffix);
  return PATH_RULES.find(matches) ?? PATH_RULES.at(-1)!;
}

/** The headers every response a rule matches carries, whatever its type: security and cache. */
export function ruleHeaders(rule: PathRule): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    ...(rule.contentSecurityPolicy && { 'Content-Security-Policy': rule.contentSecurityPolicy }),
    'Cache-Control': rule.cacheControl,
  };
}

/** The headers of a successful response for `pathname`, security headers included. */
export function headersFor(pathname: string): Record<string, string> {
  const rule = ruleFor(pathname);
  return { ...ruleHeaders(rule), 'Content-Type': rule.contentType ?? contentTypeOf(pathname) };
}

/** The type of a path by its extension; a page is asked for without one (/articles/cisco is articles/cisco.html). */
function contentTypeOf(pathname: string): string {
  const extension = /\.([^./]+)$/.exec(pathname.slice(pathname.lastIndexOf('/')))?.[1]?.toLowerCase();
  if (extension === undefined) return CONTENT_TYPES.html!;
  return Object.hasOwn(CONTENT_TYPES, extension) ? CONTENT_TYPES[extension]! : DEFAULT_CONTENT_TYPE;
}

/**
 * A route handler's answer (a feed, a sitemap) under next dev, with the type the built site serves
 * `pathname` with: the build only keeps the body, and npm start and nginx add headersFor()'s headers.
 */
export function routeResponse(pathname: string, body: string): Response {
  return new Response(body, { headers: { 'Content-Type': headersFor(pathname)['Content-Type']! } });
}
