/** `npm run deploy:nginx`: rewrites deploy/nginx.conf from the header list of lib/server/headers.ts. */
import { writeFileSync } from 'node:fs';
import { nginxConfig } from '../server/nginx';

writeFileSync('deploy/nginx.conf', nginxConfig());
console.log('Wrote deploy/nginx.conf.');
