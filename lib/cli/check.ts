/**
 * `npm run check [folder]`: validates every file of the content folder (CONTENT_DIR, or content/)
 * without building the site, and exits 1 if any problem is an error. The build runs the same checks.
 */
import path from 'node:path';
import { contentReport } from '../content/report';
import { contentDirectory } from '../content/source';

const folder = process.argv[2] ? path.resolve(process.argv[2]) : contentDirectory();
const { output, ok } = contentReport(folder);
console.log(output);
process.exitCode = ok ? 0 : 1;
