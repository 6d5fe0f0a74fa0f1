import { loadContent, type ContentReport } from './load';
import { formatProblems, isError, printable } from '../text/problems';
import { displayPath, photoProbes } from './source';

/** "1 article", "2 articles": the counts the tools print. */
export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What `npm run check` and `npm run build` print about a content folder: one line per problem, then a summary. */
export function describeReport(
  { articles, problems }: ContentReport,
  directory: string,
): { output: string; ok: boolean } {
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const folder = printable(displayPath(directory));
  const summary =
    problems.length === 0
      ? `✓ ${folder}: ${count(articles.length, 'article')} checked, no problems.`
      : `${errors > 0 ? '✗' : '✓'} ${folder}: ${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(files, 'file')}` +
        ` (${count(articles.length, 'article')} ready to publish).`;
  return { output: [...formatProblems(problems), summary].join('\n'), ok: errors === 0 };
}

/** `npm run check`: the folder's report, photos' headers read only for those that changed since the last check or build. */
export function contentReport(directory: string): { output: string; ok: boolean } {
  const probes = photoProbes();
  const report = describeReport(loadContent(directory, { probes }), directory);
  probes.save();
  return report;
}
