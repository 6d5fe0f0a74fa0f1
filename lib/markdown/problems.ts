import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { problem, type Severity } from '../text/problems';

/** What was expected where a plugin found a problem, and what it found instead. */
export interface ProblemDetail {
  expected?: string;
  found?: string;
}

/** A problem in the Markdown, at the node where it is, added to the file's messages. */
export function report(
  file: VFile,
  node: Node,
  severity: Severity,
  subject: string,
  message: string,
  { expected, found }: ProblemDetail = {},
): void {
  const { line, column } = node.position?.start ?? {};
  file.messages.push(problem({ file: file.path, line, column, subject, message, expected, found, severity }));
}

export function reportError(file: VFile, node: Node, subject: string, message: string, detail?: ProblemDetail): void {
  report(file, node, 'error', subject, message, detail);
}

/** Published anyway, but the editor should look. */
export function reportWarning(file: VFile, node: Node, subject: string, message: string, detail?: ProblemDetail): void {
  report(file, node, 'warning', subject, message, detail);
}
