import { JSDOM } from 'jsdom';
import { inject } from 'vitest';

/** Where global-setup serves the production build; SITE_URL was set to the same address at build time. */
export const baseURL = inject('baseURL');

/** `baseURL + pathname`, the absolute address the site itself writes for that page. */
export function absolute(pathname: string): string {
  return baseURL + pathname;
}

/** Fetches a path of the site as a crawler does: no redirect followed, nothing resolved on the way. */
export function get(pathname: string): Promise<Response> {
  // The path is appended as written: `new URL(path, base)` would resolve dot segments first.
  return fetch(absolute(pathname), { redirect: 'manual' });
}

export interface Fetched {
  url: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  text: string;
}

/** Fetches an absolute URL or a path of the site and keeps everything a test may look at. */
export async function fetchAll(urlOrPath: string): Promise<Fetched> {
  const url = urlOrPath.startsWith('/') ? absolute(urlOrPath) : urlOrPath;
  const response = await fetch(url, { redirect: 'manual' });
  const body = new Uint8Array(await response.arrayBuffer());
  return {
    url,
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body,
    text: new TextDecoder().decode(body),
  };
}

/**
 * Fetches a page that must exist with the given media type, and fails with the address in the
 * message otherwise.
 */
export async function fetchOk(urlOrPath: string, mediaType: RegExp): Promise<Fetched> {
  const fetched = await fetchAll(urlOrPath);
  if (fetched.status !== 200) throw new Error(`${fetched.url} answered ${fetched.status}, expected 200`);
  if (!mediaType.test(fetched.contentType))
    throw new Error(`${fetched.url} is ${JSON.stringify(fetched.contentType)}, expected ${mediaType}`);
  return fetched;
}

/** The server HTML of a page, parsed as a crawler parses it: no script runs. */
export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Whitespace as a reader sees it: runs of spaces, newlines and no-break spaces are one space. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text without any space: what an editor wrote, character for character, whatever spacing the
 * site's typography added or changed (a no-break space before :, digits grouped by thousands).
 */
export function letters(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Whether `value` is an absolute http(s) URL, which crawlers and feed readers need. */
export function isAbsoluteUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * An absolute URL in the form a URL parser gives it (`http://host` and `http://host/` are one
 * address: an empty path is `/`), or `not absolute: …` so that comparisons fail readably.
 */
export function resolvedUrl(value: string | null): string {
  return value !== null && isAbsoluteUrl(value) ? new URL(value).href : `not absolute: ${JSON.stringify(value)}`;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG, from its IHDR chunk, which the format requires first. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte))
    throw new Error('not a PNG: bad signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = new TextDecoder('latin1').decode(bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') throw new Error(`not a PNG: first chunk is ${chunkType}, not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
