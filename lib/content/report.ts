import { loadContent, type ContentReport } from './load';
import { formatDiagnostics, printable } from '../text/diagnostics';
import { displayPath } from './source';

/** "1 article", "2 articles": the counts the tools print. */
export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What `npm run check` and `npm run build` print about a content folder: one line per problem, then a summary. */
export function describeReport(
  { articles, diagnostics }: ContentReport,
  directory: string,
): { output: string; ok: boolean } {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const folder = printable(displayPath(directory));
  const summary =
    diagnostics.length === 0
      ? `✓ ${folder}: ${count(articles.length, 'article')} checked, no problems.`
      : `${errors > 0 ? '✗' : '✓'} ${folder}: ${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(files, 'file')}` +
        ` (${count(articles.length, 'article')} ready to publish).`;
  return { output: [...formatDiagnostics(diagnostics), summary].join('\n'), ok: errors === 0 };
}

export function contentReport(directory: string): { output: string; ok: boolean } {
  return describeReport(loadContent(directory), directory);
}
