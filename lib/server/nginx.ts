import { ANSWER_HEADERS, CONTENT_TYPES, DEFAULT_CONTENT_TYPE, PATH_RULES, ruleHeaders, type PathRule } from './headers';
import { HEADERS_FILE } from './headers-file';

/**
 * deploy/nginx.conf, generated from headers.ts so that nginx and `npm start` send the same headers
 * (`npm run deploy:nginx` rewrites it; a test fails when the file is stale). nginx drops the
 * server's `add_header` lines in a location that has its own, so every location repeats them all.
 */
export function nginxConfig(): string {
  const charsetTypes = [
    ...new Set([...Object.values(CONTENT_TYPES), ...PATH_RULES.flatMap((rule) => rule.contentType ?? [])]),
  ]
    .filter((type) => type.includes('charset='))
    .map(withoutCharset)
    .filter((type) => type !== 'text/html');
  const extensionsByType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(CONTENT_TYPES))
    extensionsByType.set(withoutCharset(type), [...(extensionsByType.get(withoutCharset(type)) ?? []), extension]);
  return [
    '# Kiosque: nginx serving the static site that `npm run build` writes into out/.',
    '# Generated from lib/server/headers.ts by `npm run deploy:nginx`: change the headers there, not here.',
    '#',
    '# Needs nginx with the brotli_static module (Debian: nginx libnginx-mod-http-brotli-static). Include it',
    '# in the http block, then set listen, server_name and root for your machine, and TLS.',
    '# Scheduled articles appear at the first build after their date: rebuild periodically (README, Deploying).',
    'server {',
    '    listen 80;',
    '    server_name _;',
    '    root /srv/kiosque/out;',
    '',
    '    server_tokens off;',
    "    # The types of the site's files, in place of mime.types; the answers nginx writes itself (405 below)",
    '    # are text, any other file is bytes (each location says so).',
    '    types {',
    ...[...extensionsByType].map(([type, extensions]) => `        ${type} ${extensions.join(' ')};`),
    '    }',
    '    default_type text/plain;',
    '    charset utf-8;',
    `    charset_types ${charsetTypes.join(' ')};`,
    '    # Every text file has .br and .gz siblings, written by the build.',
    '    brotli_static on;',
    '    gzip_static on;',
    '    gzip_vary on;',
    '    # Conditional GET: 304 when the file is not newer than If-Modified-Since (RFC 9110), not only when',
    '    # the date is the same; If-None-Match, when sent, decides alone.',
    '    if_modified_since before;',
    '    error_page 404 /404.html;',
    '',
    '    # Answers given before any location (405, the redirect below) carry the same security headers.',
    ...headerLines({ ...ANSWER_HEADERS, Allow: 'GET, HEAD' }),
    '    # The site is read, never written to.',
    '    if ($request_method !~ ^(GET|HEAD)$) {',
    '        return 405 "Method not allowed\\n";',
    '    }',
    '    # One address per page: /tags/cisco, never /tags/cisco/.',
    '    rewrite ^(.+)/$ $1 permanent;',
    '',
    "    # A static host's configuration, not a page of the site.",
    `    location = /${HEADERS_FILE} {`,
    '        return 404;',
    '    }',
    '',
    ...PATH_RULES.flatMap(location),
    '}',
    '',
  ].join('\n');
}

function location(rule: PathRule): string[] {
  const selector =
    'exact' in rule.match
      ? `= ${rule.match.exact}`
      : 'prefix' in rule.match
        ? rule.match.prefix === '/'
          ? '/'
          : `^~ ${rule.match.prefix}`
        : `~ ${escapeRegExp(rule.match.suffix)}$`;
  return [
    `    location ${selector} {`,
    ...(rule.contentType
      ? ['        types { }', `        default_type ${withoutCharset(rule.contentType)};`]
      : [`        default_type ${DEFAULT_CONTENT_TYPE};`]),
    ...headerLines(ruleHeaders(rule), '        '),
    // A page is asked for without its extension: /articles/cisco is articles/cisco.html.
    '        try_files $uri $uri.html $uri/index.html =404;',
    '    }',
    '',
  ];
}

function headerLines(headers: Readonly<Record<string, string>>, indent = '    '): string[] {
  return Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${JSON.stringify(value)} always;`);
}

function withoutCharset(type: string): string {
  return type.split(';')[0]!.trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
