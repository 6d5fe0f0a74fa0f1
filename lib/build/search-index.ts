import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { BuildError } from './errors';

/**
 * Indexes every article of the finished export with Pagefind, into `<exportDir>/pagefind/`: the
 * search page loads that index, and nothing else, to search offline. Only the elements marked
 * `data-pagefind-body` (the articles) are indexed, in the site's language.
 */
export async function writeSearchIndex(exportDir: string, lang: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
    if (!index) throw new BuildError([`Pagefind could not start: ${errors.join(' ')}`]);
    // Only articles are indexed: reading the listing pages too would cost time and memory for nothing.
    const added = await index.addDirectory({ path: exportDir, glob: 'articles/*.html' });
    const written = await index.writeFiles({ outputPath: path.join(exportDir, 'pagefind') });
    const problems = [...added.errors, ...written.errors];
    if (problems.length > 0) throw new BuildError(problems.map((problem) => `Pagefind: ${problem}`));
    // Pagefind's ready-made search interfaces: the search page has its own (public/recherche.js).
    for (const file of readdirSync(written.outputPath)) {
      if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/.test(file))
        rmSync(path.join(written.outputPath, file));
    }
    // What Pagefind indexed (the articles), not what it read (every page).
    const entry = JSON.parse(readFileSync(path.join(written.outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}
