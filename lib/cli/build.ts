/**
 * `npm run build`: writes the whole site into out/ (OUT_DIR), from content/ (CONTENT_DIR). The
 * previous out/ stays served until the new site is complete; a failed build leaves it untouched.
 * `--public`: the build is to be published, so an address only this machine reaches is an error.
 */
import { buildSite } from '../build/site-build';
import { BuildError } from '../build/errors';
import { searchPartSize } from '../build/search-parts';
import { contentDirectory } from '../content/source';
import { outDirectory } from './out-directory';

const root = process.cwd();
try {
  await buildSite({
    root,
    contentDir: contentDirectory(),
    outDir: outDirectory(),
    log: (line) => console.log(line),
    verbose: process.argv.includes('--verbose'),
    requirePublicUrl: process.argv.includes('--public'),
    searchPartSize: searchPartSize(),
  });
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
