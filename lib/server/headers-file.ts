/** The file of out/ that tells a static host (Netlify, Cloudflare Pages) which headers to send. */
export const HEADERS_FILE = '_headers';
