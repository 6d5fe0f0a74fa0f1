import type { Root } from 'mdast';
import type { Node } from 'unist';
import { findControlCharacter } from '../text/characters';
import { shorten } from '../text/problems';

/** Quotes, lists, ::: blocks and emphasis inside one another: a newspaper never needs more. */
const MAX_NESTING = 20;
/**
 * Marks that start an inline construct: the parser pairs them paragraph by paragraph, at a cost that
 * grows with their square. A dense paragraph holds fifty, a long and dense article a few thousand.
 */
const MAX_MARKS = { paragraph: 200, article: 20_000 };
/**
 * A megabyte of prose is some 15,000 lines; the same megabyte as 300,000 one-word paragraphs or list
 * items would cost the parser a quarter of a minute.
 */
const MAX_LINES = 20_000;

/** A run of `*` or `_`, a bracket, a backtick, `<`, `&`, a backslash, or the colon of a `:name` directive. */
const MARK = /\*+|_+|[[\]`<&\\]|:[A-Za-z]/g;

interface LimitProblem {
  line: number;
  column: number;
  subject: string;
  message: string;
  expected: string;
  found: string;
}

export const NESTING_PROBLEM = {
  subject: 'nesting',
  message: `nests quotes, lists, ::: blocks or emphasis more than ${MAX_NESTING} deep`,
  expected: `at most ${MAX_NESTING} levels`,
} as const;

const TOO_MANY_MARKS = 'has more Markdown marks (* _ [ ] ` < & \\) than an article ever needs';

/**
 * What no newspaper writes and what would make the Markdown parser crawl or overflow its stack —
 * blocks nested hundreds deep, thousands of emphasis marks or brackets — refused in linear passes
 * over the text, before the parser sees it; with control characters, which no reader sees and no
 * feed can carry. Returns the first such problem: the text is not rendered then.
 */
export function markdownLimitProblem(markdown: string): LimitProblem | undefined {
  const control = findControlCharacter(markdown);
  if (control) {
    const before = markdown.slice(0, control.index).split('\n');
    const column = before.at(-1)!.length + 1;
    const found = control.name;
    return {
      line: before.length,
      column,
      subject: 'body',
      message: 'contains a control character',
      expected: 'printable text',
      found,
    };
  }
  const lines = markdown.split('\n');
  if (lines.length > MAX_LINES) {
    return {
      line: MAX_LINES + 1,
      column: 1,
      subject: 'body',
      message: 'has more lines than an article ever needs',
      expected: `at most ${MAX_LINES.toLocaleString('en')} lines`,
      found: lines.length.toLocaleString('en'),
    };
  }
  const marks = countMarks(markdown);
  if (marks > MAX_MARKS.article) {
    const expected = `at most ${MAX_MARKS.article.toLocaleString('en')} in one article`;
    return {
      line: 1,
      column: 1,
      subject: 'body',
      message: TOO_MANY_MARKS,
      expected,
      found: marks.toLocaleString('en'),
    };
  }

  const directives: number[] = [];
  let paragraph = new ParagraphScan(1);
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index] ?? '';
    const containers = containerPrefix(line);
    const blank = line.trim() === '';
    // A blank line or a new list item ends a paragraph: the parser pairs each one's marks apart.
    if (blank || containers.listItem) {
      if (paragraph.marks > MAX_MARKS.paragraph) {
        const expected = `at most ${MAX_MARKS.paragraph} in one paragraph`;
        return {
          line: paragraph.line,
          column: 1,
          subject: 'paragraph',
          message: TOO_MANY_MARKS,
          expected,
          found: String(paragraph.marks),
        };
      }
      paragraph = new ParagraphScan(blank ? index + 2 : index + 1);
      if (blank) continue;
    }
    const content = line.slice(containers.end);
    const fence = /^[ \t]*(:{3,})(.?)/.exec(content);
    if (fence && /[A-Za-z]/.test(fence[2]!)) directives.push(fence[1]!.length);
    else if (fence && content.trim() === fence[1] && fence[1].length >= (directives.at(-1) ?? Infinity))
      directives.pop();
    if (directives.length + containers.depth > MAX_NESTING || paragraph.scan(content) > MAX_NESTING) {
      return { line: index + 1, column: 1, ...NESTING_PROBLEM, found: shorten(line, 50) };
    }
  }
  return undefined;
}

function countMarks(text: string): number {
  let count = 0;
  for (MARK.lastIndex = 0; MARK.exec(text);) count++;
  return count;
}

const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/y;

/**
 * How many quotes and lists a line opens or continues with its markers (`>`, `-`, `1.`), and where
 * its content starts. Indentation before a marker counts a level per two columns, the least a nested
 * list needs: an over-estimate, never an under-estimate. Counting stops past the limit.
 */
function containerPrefix(line: string): { depth: number; end: number; listItem: boolean } {
  let listItem = false;
  let index = 0;
  let column = 0;
  let markers = 0;
  let indentation = 0;
  for (;;) {
    let space = 0;
    while (line[index] === ' ' || line[index] === '\t') {
      const width = line[index] === '\t' ? 4 - (column % 4) : 1;
      space += width;
      column += width;
      index++;
    }
    LIST_MARKER.lastIndex = index;
    const marker = line[index] === '>' ? '>' : LIST_MARKER.exec(line)?.[0];
    if (!marker || isThematicBreak(line, index) || markers > MAX_NESTING) {
      return { depth: markers === 0 ? 0 : markers + Math.floor(indentation / 2), end: index, listItem };
    }
    markers++;
    listItem ||= marker !== '>';
    indentation += space;
    index += marker.length;
    column += marker.length;
    if (line[index] === ' ') {
      index++;
      column++;
    }
  }
}

/** `* * *`, `---`: a rule, not a list, from `index` to the end of the line. */
function isThematicBreak(line: string, index: number): boolean {
  const mark = line[index];
  if (mark !== '-' && mark !== '*' && mark !== '_') return false;
  let count = 0;
  for (let i = index; i < line.length; i++) {
    if (line[i] === mark) count++;
    else if (line[i] !== ' ' && line[i] !== '\t') return false;
  }
  return count >= 3;
}

type Opener = { mark: string; count: number; inner: number };

/**
 * One paragraph's inline marks, counted, and its emphasis nesting, estimated the way CommonMark pairs
 * `*` and `_` (a closer takes the nearest opener of its kind, dropping the openers between), without
 * the rule of three: never less deep than the parser would nest it.
 */
class ParagraphScan {
  marks = 0;
  private openers: Opener[] = [];
  private open = new Map<string, number>();

  /** `line`: where the paragraph starts. */
  constructor(readonly line: number) {}

  /** Scans one line's content; returns the deepest emphasis closed on it. */
  scan(content: string): number {
    this.marks += countMarks(content);
    let deepest = 0;
    for (let index = 0; index < content.length && deepest <= MAX_NESTING; index++) {
      const character = content[index]!;
      if (character === '\\') {
        index++;
      } else if (character === '*' || character === '_') {
        let end = index;
        while (content[end + 1] === character) end++;
        deepest = Math.max(
          deepest,
          this.delimiterRun(character, end - index + 1, content[index - 1], content[end + 1]),
        );
        index = end;
      }
    }
    return deepest;
  }

  private delimiterRun(mark: string, length: number, before = ' ', after = ' '): number {
    const leftFlanking = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
    const rightFlanking = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
    const canOpen = leftFlanking && (mark === '*' || !rightFlanking || isPunctuation(before));
    const canClose = rightFlanking && (mark === '*' || !leftFlanking || isPunctuation(after));
    let count = length;
    let deepest = 0;
    while (canClose && count > 0 && (this.open.get(mark) ?? 0) > 0 && deepest <= MAX_NESTING) {
      const top = this.openers.at(-1)!;
      if (top.mark !== mark) {
        this.pop();
        continue;
      }
      const use = top.count >= 2 && count >= 2 ? 2 : 1;
      top.count -= use;
      count -= use;
      top.inner++;
      deepest = Math.max(deepest, top.inner);
      if (top.count === 0) this.pop();
    }
    if (canOpen && count > 0) {
      this.openers.push({ mark, count, inner: 0 });
      this.open.set(mark, (this.open.get(mark) ?? 0) + 1);
    }
    return deepest;
  }

  /** Drops the innermost opener; what it enclosed is inside the one below it. */
  private pop(): void {
    const top = this.openers.pop()!;
    this.open.set(top.mark, this.open.get(top.mark)! - 1);
    const below = this.openers.at(-1);
    if (below) below.inner = Math.max(below.inner, top.inner);
  }
}

function isSpace(character: string): boolean {
  return /\s/.test(character);
}

function isPunctuation(character: string): boolean {
  return /[\p{P}\p{S}]/u.test(character);
}

const NESTING_TYPES = new Set([
  'blockquote',
  'list',
  'containerDirective',
  'leafDirective',
  'textDirective',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);

/**
 * The parsed tree's real nesting, walked without recursion: the estimate above never under-counts
 * blocks or emphasis, this catches whatever else nests (directive labels), before any plugin recurses.
 */
export function treeDepthProblem(tree: Root): { node: Node } | undefined {
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const depth = entry.depth + (NESTING_TYPES.has(entry.node.type) ? 1 : 0);
    if (depth > MAX_NESTING) return { node: entry.node };
    if ('children' in entry.node && Array.isArray(entry.node.children)) {
      for (const child of entry.node.children) stack.push({ node: child, depth });
    }
  }
  return undefined;
}
