/**
 * `npm start`: serves out/ (OUT_DIR) on PORT (3000) and HOSTNAME (every interface), as `next start`
 * did. In production, nginx (deploy/nginx.conf) or any static host serves the same folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveSite } from '../server/static-site';
import { outDirectory } from './out-directory';

const root = outDirectory();
const port = Number(process.env.PORT || 3000);
const host = process.env.HOSTNAME || undefined;

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`There is no site in ${root}: run npm run build first.`);
  process.exit(1);
}
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, not ${JSON.stringify(process.env.PORT)}.`);
  process.exit(1);
}
try {
  const server = await serveSite({ root, port, host });
  const address = server.address();
  const shown = typeof address === 'object' && address ? address.port : port;
  console.log(
    `Kiosque: serving ${path.relative(process.cwd(), root) || root} on http://${host ?? 'localhost'}:${shown}`,
  );
} catch (error) {
  console.error(
    `Kiosque could not listen on ${host ?? '*'}:${port}: ${(error as NodeJS.ErrnoException).code ?? error}`,
  );
  process.exit(1);
}
