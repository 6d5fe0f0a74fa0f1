/**
 * What an editor is told about a content file: one owner for the shape and the wording of every
 * problem, whether it comes from the front matter, the Markdown body or the folder itself.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Path as the editor knows it, e.g. `content/cisco.md`. */
  file: string;
  line?: number;
  column?: number;
  /** The front-matter field or Markdown construct at fault, e.g. `title` or `:::tweet`. */
  subject: string;
  message: string;
  expected?: string;
  found?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  const detail =
    d.expected !== undefined || d.found !== undefined
      ? ` (${[d.expected && `expected ${d.expected}`, d.found && `found ${d.found}`].filter(Boolean).join(', ')})`
      : '';
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  return printable(`${where}  ${prefix}${d.subject}: ${d.message}${detail}`);
}

/** The same problem, in the same file, is printed this many times; then a line says how many more there are. */
const SHOWN_OF_A_KIND = 5;

/**
 * One line per problem, except that a mistake repeated through a file (a thousand lines of pasted
 * HTML) shows its first occurrences and then one line counting the others, so that the rest of the
 * report is not buried. The summary still counts every problem.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  const kindOf = (d: Diagnostic) => [d.file, d.severity, d.subject, d.message].join('\0');
  const ofKind = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const same = ofKind.get(kindOf(d));
    if (same) same.push(d);
    else ofKind.set(kindOf(d), [d]);
  }
  const lines: string[] = [];
  const printed = new Map<string, number>();
  for (const d of diagnostics) {
    const same = ofKind.get(kindOf(d))!;
    const rank = (printed.get(kindOf(d)) ?? 0) + 1;
    printed.set(kindOf(d), rank);
    if (rank > SHOWN_OF_A_KIND) continue;
    lines.push(formatDiagnostic(d));
    const hidden = rank === SHOWN_OF_A_KIND ? same.slice(rank) : [];
    if (hidden.length === 0) continue;
    const numbers = hidden.flatMap((other) => (other.line === undefined ? [] : [other.line]));
    const where = numbers.length > 0 ? ` (lines ${numbers[0]} to ${numbers.at(-1)})` : '';
    const prefix = d.severity === 'warning' ? 'warning: ' : '';
    lines.push(
      printable(
        `${d.file}  ${prefix}${d.subject}: the same, ${hidden.length} more time${hidden.length === 1 ? '' : 's'}${where}`,
      ),
    );
  }
  return lines;
}

/**
 * Control characters, bidirectional controls and line separators, written as `\u001b`: a file name or
 * a value may hold them, and printed raw they would rewrite the terminal line, or split it.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cs}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** Shows a value the way the editor wrote it, short enough for one line. */
export function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '…' : value);
  if (Array.isArray(value)) return `a list (${value.length} item${value.length === 1 ? '' : 's'})`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

/** Thrown when content cannot be published; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
        formatDiagnostics(errors)
          .map((line) => '  ' + line)
          .join('\n'),
    );
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}
