import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Negotiator from 'negotiator';
import sirv from 'sirv';
import { ANSWER_HEADERS, headersFor } from './headers';

/**
 * `npm start`: serves the built site (out/) as it is, with sirv: the precompressed `.br` or `.gz`
 * sibling when the browser accepts it (with `Vary`), ETag and 304, HEAD. Around it, what a static
 * host must add: the header list of headers.ts, the site's 404 page with a 404 status, 405 for a
 * method that would change something, 400 for an address that cannot be decoded — and never a path
 * or a stack in a response.
 */
/** The codings out/ has, best first: brotli is smaller, so it wins a tie. */
const CODINGS = ['br', 'gzip', 'identity'];

function siteHandler(root: string): (request: IncomingMessage, response: ServerResponse) => void {
  // `dev: true` looks each file up when asked instead of listing out/ once at start: a build swaps
  // in a new out/ while the server runs, and the server must serve it at once.
  const serve = sirv(root, {
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: (response, pathname) => {
      for (const [name, value] of Object.entries(headersFor(pathname))) response.setHeader(name, value);
    },
  });

  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    // sirv answers 200 for the file it finds: the page is the 404 page, so the status must stay 404
    // (and without a 404.html, the plain answer is a 404 too).
    const writeHead = response.writeHead.bind(response) as (status: number, ...rest: unknown[]) => ServerResponse;
    response.writeHead = ((_status: number, ...rest: unknown[]) =>
      writeHead(404, ...rest)) as ServerResponse['writeHead'];
    request.url = '/404.html';
    serve(request, response, () => plain(response, 404, 'Not found'));
  };

  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return plain(response, 405, 'Method not allowed');
    }
    const target = request.url ?? '/';
    const pathname = target.split(/[?#]/)[0]!;
    if (!pathname.startsWith('/') || !decodes(pathname)) return plain(response, 400, 'Bad request');
    if (pathname.length > 1 && pathname.endsWith('/')) {
      // One address per page: /tags/cisco, never /tags/cisco/.
      response.setHeader('Location', pathname.replace(/\/+$/, '') + target.slice(pathname.length));
      return plain(response, 301, 'Moved permanently');
    }
    // A file that vanishes between sirv's lookup and its read (a build swapping out/) ends this answer, not the server.
    response.on('pipe', (source) => source.on('error', () => response.destroy()));
    // sirv sends .br to any Accept-Encoding that names br, even `br;q=0`: it is told the one coding
    // chosen, the best the browser accepts (as nginx does).
    const accepted = new Set(new Negotiator(request).encodings(CODINGS));
    request.headers['accept-encoding'] = CODINGS.find((coding) => accepted.has(coding)) ?? 'identity';
    // The pages are a few kilobytes: a Range is ignored (allowed by RFC 9110), so a malformed one cannot fail.
    delete request.headers.range;
    serve(request, response, () => notFound(request, response));
  };
}

/** Whether `pathname` decodes to something that can name a file (nginx refuses the same with 400). */
function decodes(pathname: string): boolean {
  try {
    return !decodeURIComponent(pathname).includes('\0');
  } catch {
    return false;
  }
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
