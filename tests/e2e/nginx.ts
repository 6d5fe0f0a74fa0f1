import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot, startProcess, type ServerProcess } from './processes';

/** Debian's brotli_static module (libnginx-mod-http-brotli-static). */
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export const NGINX_MISSING =
  'The deployment tests run nginx with deploy/nginx.conf: install nginx and its brotli_static module ' +
  '(Debian: apt-get install -y nginx libnginx-mod-http-brotli-static).';

/**
 * Real nginx, unprivileged and in the foreground on a loopback port, serving `outDir` with the
 * repository's deploy/nginx.conf — only `listen` and `root` changed, as an operator would. `command`
 * prefixes the command line (`taskset -c 0` in benchmarks).
 */
export function startNginx(outDir: string, port: number, command: string[] = []): ServerProcess {
  const deployed = readFileSync(path.join(projectRoot, 'deploy/nginx.conf'), 'utf8');
  const site = replaceOnce(
    replaceOnce(deployed, /^ {4}listen 80;$/m, `    listen 127.0.0.1:${port};`),
    /^ {4}root \/srv\/kiosque\/out;$/m,
    `    root ${outDir};`,
  );
  return runNginx(site, command);
}

/**
 * nginx serving `outDir` with nothing but the files: no header of the site, the precompressed files
 * when asked for. The static limit a server of the site can be measured against.
 */
export function startBareNginx(outDir: string, port: number, command: string[] = []): ServerProcess {
  const site = [
    'server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${outDir};`,
    '    brotli_static on;',
    '    gzip_static on;',
    '    location / {',
    '        try_files $uri $uri.html $uri/index.html =404;',
    '    }',
    '}',
    '',
  ].join('\n');
  return runNginx(site, command);
}

/** nginx in the foreground with `site` as its one server block, everything it writes in a folder of its own. */
function runNginx(site: string, command: string[]): ServerProcess {
  if (!existsSync(BROTLI_MODULE) || !hasNginx()) throw new Error(NGINX_MISSING);
  const prefix = mkdtempSync(path.join(tmpdir(), 'kiosque-nginx-'));
  writeFileSync(path.join(prefix, 'kiosque.conf'), site);
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      `load_module ${BROTLI_MODULE};`,
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${prefix}/${name};`),
      `  include ${prefix}/kiosque.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const [program = 'nginx', ...args] = [...command, 'nginx', '-c', path.join(prefix, 'nginx.conf'), '-p', prefix];
  return startProcess(program, args, process.env);
}

function hasNginx(): boolean {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if ((text.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? []).length !== 1)
    throw new Error(`deploy/nginx.conf should have exactly one line matching ${pattern}`);
  return text.replace(pattern, replacement);
}
