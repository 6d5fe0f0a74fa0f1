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
  const kinds = diagnostics.map((d) => [d.file, d.severity, d.subject, d.message].join('\0'));
  const ofKind = new Map<string, Diagnostic[]>();
  kinds.forEach((kind, index) => {
    const same = ofKind.get(kind);
    if (same) same.push(diagnostics[index]!);
    else ofKind.set(kind, [diagnostics[index]!]);
  });
  const printed = new Map<string, number>();
  return diagnostics.flatMap((d, index) => {
    const kind = kinds[index]!;
    const rank = (printed.get(kind) ?? 0) + 1;
    printed.set(kind, rank);
    if (rank > SHOWN_OF_A_KIND) return [];
    const hidden = rank === SHOWN_OF_A_KIND ? ofKind.get(kind)!.slice(rank) : [];
    if (hidden.length === 0) return [formatDiagnostic(d)];
    const lines = hidden.flatMap((other) => (other.line === undefined ? [] : [other.line]));
    const more = `the same, ${hidden.length} more time${hidden.length === 1 ? '' : 's'}`;
    // Said as a problem of its own, without a place: the file, the subject, how many more and where.
    const counted: Diagnostic = {
      ...d,
      line: undefined,
      message: lines.length > 0 ? `${more} (lines ${lines[0]} to ${lines.at(-1)})` : more,
      expected: undefined,
      found: undefined,
    };
    return [formatDiagnostic(d), formatDiagnostic(counted)];
  });
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
