import { VFileMessage } from 'vfile-message';

/**
 * What an editor is told about a file: one type from the first Markdown plugin to the terminal and the
 * dev overlay, vfile's own message, which already carries the file, the place, the construct at fault
 * (`ruleId`, e.g. `title` or `:::tweet`), what was expected and what was found (`actual`), and whether it
 * stops the build (`fatal: true`, an error) or is only shown (`fatal: false`, a warning).
 */
export type Problem = VFileMessage & { file: string };

export type Severity = 'error' | 'warning';

export interface ProblemInit {
  /** Path as the editor knows it, e.g. `content/cisco.md`. */
  file: string;
  line?: number;
  column?: number;
  /** The front-matter field or Markdown construct at fault, e.g. `title` or `:::tweet`. */
  subject: string;
  message: string;
  expected?: string;
  found?: string;
  severity?: Severity;
}

/** The one constructor of a problem; an error unless said to be a warning. */
export function problem({ file, line, column, subject, message, expected, found, severity = 'error' }: ProblemInit) {
  const result = new VFileMessage(message, {
    place: line === undefined ? undefined : { line, column: column ?? 1 },
    ruleId: subject,
    source: 'kiosque',
  });
  result.fatal = severity === 'error';
  if (expected !== undefined) result.expected = [expected];
  if (found !== undefined) result.actual = found;
  return Object.assign(result, { file });
}

/** What `problem()` was given: a problem as plain data, to keep it between runs and make it again. */
export function problemInit(kept: Problem): ProblemInit {
  return {
    file: kept.file,
    ...(typeof kept.line === 'number' && { line: kept.line }),
    ...(typeof kept.column === 'number' && { column: kept.column }),
    subject: kept.ruleId ?? '',
    message: kept.reason,
    ...(kept.expected?.[0] !== undefined && { expected: kept.expected[0] }),
    ...(kept.actual !== undefined && kept.actual !== null && { found: kept.actual }),
    severity: severityOf(kept),
  };
}

export function severityOf(problem: Problem): Severity {
  return problem.fatal ? 'error' : 'warning';
}

export function isError(problem: Problem): boolean {
  return problem.fatal === true;
}

/**
 * A message of `file` moved to other lines of it: a body's problems are found in the body and reported
 * in the file.
 */
export function shifted(message: VFileMessage, file: string, lines: number): Problem {
  const problem = Object.assign(message, { file: message.file ?? file });
  if (problem.line !== undefined && problem.line !== null) {
    problem.line += lines;
    if (problem.place && 'line' in problem.place) problem.place = { ...problem.place, line: problem.line };
    else if (problem.place)
      problem.place = {
        start: { ...problem.place.start, line: problem.place.start.line + lines },
        end: { ...problem.place.end, line: problem.place.end.line + lines },
      };
  }
  return problem;
}

/**
 * Text quoted in a message, on one line and short enough for it: "Un très long titre…". Its lines are
 * joined, and the blanks around it dropped, unless blanks are all it is.
 */
export function shorten(text: string, max = 60): string {
  const flat = text.trim() === '' ? text : text.trim().replace(/\s*\n\s*/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** Shows a value the way the editor wrote it, short enough for one line. */
export function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(shorten(value));
  if (Array.isArray(value)) return `a list (${value.length} item${value.length === 1 ? '' : 's'})`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined || p.line === null ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const expected = p.expected?.join(' or ');
  const detail =
    expected !== undefined || p.actual !== undefined
      ? ` (${[expected && `expected ${expected}`, p.actual && `found ${p.actual}`].filter(Boolean).join(', ')})`
      : '';
  const prefix = p.fatal ? '' : 'warning: ';
  return printable(`${where}  ${prefix}${p.ruleId}: ${p.reason}${detail}`);
}

/** The same problem, in the same file, is printed this many times; then a line says how many more there are. */
const SHOWN_OF_A_KIND = 5;

/**
 * One line per problem, except that a mistake repeated through a file (a thousand lines of pasted
 * HTML) shows its first occurrences and then one line counting the others, so that the rest of the
 * report is not buried. The summary still counts every problem.
 */
export function formatProblems(problems: readonly Problem[]): string[] {
  const kinds = problems.map((p) => [p.file, p.fatal, p.ruleId, p.reason].join('\0'));
  const ofKind = new Map<string, Problem[]>();
  kinds.forEach((kind, index) => {
    const same = ofKind.get(kind);
    if (same) same.push(problems[index]!);
    else ofKind.set(kind, [problems[index]!]);
  });
  const printed = new Map<string, number>();
  return problems.flatMap((p, index) => {
    const kind = kinds[index]!;
    const rank = (printed.get(kind) ?? 0) + 1;
    printed.set(kind, rank);
    if (rank > SHOWN_OF_A_KIND) return [];
    const hidden = rank === SHOWN_OF_A_KIND ? ofKind.get(kind)!.slice(rank) : [];
    if (hidden.length === 0) return [formatProblem(p)];
    const lines = hidden.flatMap((other) => (typeof other.line === 'number' ? [other.line] : []));
    const more = `the same, ${hidden.length} more time${hidden.length === 1 ? '' : 's'}`;
    // Said as a problem of its own, without a place: the file, the subject, how many more and where.
    const counted = problem({
      file: p.file,
      subject: p.ruleId ?? '',
      severity: severityOf(p),
      message: lines.length > 0 ? `${more} (lines ${lines[0]} to ${lines.at(-1)})` : more,
    });
    return [formatProblem(p), formatProblem(counted)];
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

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** Thrown when content cannot be published; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter(isError);
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
        formatProblems(errors)
          .map((line) => '  ' + line)
          .join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
