import { close, createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import fresh from 'fresh';
import Negotiator from 'negotiator';
import { ANSWER_HEADERS } from './headers';
import { SiteFiles, type Coding, type SiteFile } from './site-files';

/**
 * `npm start`: serves the built site (out/) as it is: the precompressed `.br` or `.gz` sibling when
 * the browser accepts it (with `Vary`), ETag and Last-Modified with 304 for either condition, HEAD.
 * Around it, what a static host must add: the header list of headers.ts, the site's 404 page with a
 * 404 status, 405 for a method that would change something, 400 for an address that cannot be
 * decoded — and never a path or a stack in a response.
 *
 * The files are answered from memory (site-files.ts), checked against the disk at each request:
 * reading each from disk again, as sirv does, held `npm start` to a fifth of nginx's rate.
 */
/** The codings out/ has, best first: brotli is smaller, so it wins a tie. */
const CODINGS: readonly Coding[] = ['br', 'gzip', 'identity'];
/** How many distinct Accept-Encoding values are remembered; browsers send a handful. */
const MAX_REMEMBERED_ACCEPTS = 64;

function siteHandler(root: string): (request: IncomingMessage, response: ServerResponse) => void {
  const files = new SiteFiles(root);
  const acceptedCodings = new Map<string, readonly Coding[]>();
  /** The codings the client accepts, best first, as nginx reads Accept-Encoding: q-values, `br;q=0` refused. */
  const accepted = (header = ''): readonly Coding[] => {
    let codings = acceptedCodings.get(header);
    if (!codings) {
      codings = new Negotiator({ headers: { 'accept-encoding': header } }).encodings([...CODINGS]) as Coding[];
      if (acceptedCodings.size < MAX_REMEMBERED_ACCEPTS) acceptedCodings.set(header, codings);
    }
    return codings;
  };

  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return plain(response, 405, 'Method not allowed');
    }
    const target = request.url ?? '/';
    const pathname = target.slice(0, pathEnd(target));
    const decoded = pathname.startsWith('/') ? decode(pathname) : undefined;
    if (decoded === undefined) return plain(response, 400, 'Bad request');
    if (pathname.length > 1 && pathname.endsWith('/')) {
      // One address per page: /tags/cisco, never /tags/cisco/.
      response.setHeader('Location', pathname.replace(/\/+$/, '') + target.slice(pathname.length));
      return plain(response, 301, 'Moved permanently');
    }
    // A Range is ignored (allowed by RFC 9110): the pages are a few kilobytes, and a malformed one cannot fail.
    const codings = accepted(request.headers['accept-encoding']);
    const found = files.find(decoded, codings);
    if (!found) {
      const page = files.find('/404.html', codings, { validators: false });
      return page ? send(response, 404, page) : plain(response, 404, 'Not found');
    }
    // If-None-Match, when sent, decides alone; else If-Modified-Since (RFC 9110, 13.2.2).
    if (found.validators && fresh(request.headers, found.validators)) {
      if (!Buffer.isBuffer(found.body)) closeQuietly(found.body.fd);
      response.writeHead(304, found.notModifiedHeaders);
      return response.end();
    }
    send(response, 200, found);
  };
}

function pathEnd(target: string): number {
  const query = target.indexOf('?');
  const fragment = target.indexOf('#');
  if (query === -1) return fragment === -1 ? target.length : fragment;
  return fragment === -1 ? query : Math.min(query, fragment);
}

/** The path as a file name, or undefined when it cannot name one: undecodable, or a NUL (nginx refuses the same with 400). */
function decode(pathname: string): string | undefined {
  if (!pathname.includes('%')) return pathname;
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, file: SiteFile): void {
  response.writeHead(status, file.headers);
  if (Buffer.isBuffer(file.body)) {
    response.end(file.body);
  } else if (response.req.method === 'HEAD') {
    closeQuietly(file.body.fd);
    response.end();
  } else {
    // A large file is read from the descriptor opened with its stats; a read error ends this answer, not the server.
    createReadStream('', { fd: file.body.fd, start: 0 })
      .on('error', () => response.destroy())
      .pipe(response);
  }
}

function closeQuietly(fd: number): void {
  close(fd, () => {});
}

/** A short plain-text answer, with the same security headers as every page. */
function plain(response: ServerResponse, status: number, text: string): void {
  for (const [name, value] of Object.entries(ANSWER_HEADERS)) response.setHeader(name, value);
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.statusCode = status;
  response.end(`${text}\n`);
}

interface ServeOptions {
  root: string;
  port: number;
  /** Where to listen; every interface when undefined (as `next start`). */
  host?: string;
}

export function serveSite({ root, port, host }: ServeOptions): Promise<Server> {
  const handler = siteHandler(root);
  const server = createServer((request, response) => {
    try {
      handler(request, response);
    } catch {
      // Never a stack or a path in a response.
      if (!response.headersSent) plain(response, 500, 'Internal error');
      else response.destroy();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
