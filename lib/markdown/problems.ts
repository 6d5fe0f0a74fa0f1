import type { Node } from 'unist';
import type { VFile } from 'vfile';

/**
 * How a plugin tells the editor about a problem in the Markdown: a vfile message placed on the
 * node, carrying the construct at fault, what was expected and what was found.
 */
export interface ProblemDetail {
  expected?: string;
  found?: string;
}

export function reportError(file: VFile, node: Node, subject: string, message: string, detail?: ProblemDetail): void {
  report(file, node, true, subject, message, detail);
}

/** Published anyway, but the editor should look. */
export function reportWarning(file: VFile, node: Node, subject: string, message: string, detail?: ProblemDetail): void {
  report(file, node, false, subject, message, detail);
}

function report(file: VFile, node: Node, fatal: boolean, subject: string, message: string, detail: ProblemDetail = {}) {
  const entry = file.message(message, { place: node.position, ruleId: subject, source: 'kiosque' });
  entry.fatal = fatal;
  if (detail.expected) entry.expected = [detail.expected];
  if (detail.found) entry.actual = detail.found;
}

/** The opening of a piece of source, short enough to quote in one line. */
export function excerpt(source: string, max = 50): string {
  const flat = source.trim().replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
