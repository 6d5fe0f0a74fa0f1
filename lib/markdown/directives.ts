import type { Paragraph, Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { shorten } from '../text/problems';
import { reportError } from './problems';

const MARKERS = { containerDirective: ':::', leafDirective: '::', textDirective: ':' } as const;

/**
 * Any directive the quote and tweet plugins did not take is a typo or an unsupported block: say so.
 * A bare `:word` inside a sentence ("18:30", "ratio 3:1") is prose, not a directive, and stays as written.
 * So does a block the directive syntax could not read, which is left as a paragraph: say so too.
 */
export function remarkRejectUnknownDirectives() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'paragraph') return reportUnreadBlock(node, file);
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return;
      if (!parent || index === undefined) return;
      const source = sourceOf(node, file);
      if (node.type === 'textDirective' && source === `:${node.name}`) {
        parent.children.splice(index, 1, { type: 'text', value: source });
        return index + 1;
      }
      const written = `${MARKERS[node.type]}${node.name}`;
      reportError(file, node, written, 'is not a known directive', {
        expected: ':::quote or :::tweet',
        found: written,
      });
      parent.children.splice(index, 1);
      return index;
    });
  };
}

/** A line of text that starts like a `:::` block (or a `::` one), its name as written. */
const BLOCK_LINE = /^(:{2,})\s*([\p{L}\p{N}_-]*)/u;

/**
 * A block whose opening line the directive syntax could not read (an unclosed quote or brace in its
 * attributes, a space after the colons…) is left as a paragraph of text starting with colons, and
 * would be published as written, colons and attributes included: say where, once per paragraph.
 */
function reportUnreadBlock(paragraph: Paragraph, file: VFile): void {
  for (const [position, child] of paragraph.children.entries()) {
    if (child.type !== 'text' || !child.position) continue;
    const lines = child.value.split('\n');
    // The text's first line starts a line of the source only when it opens the paragraph.
    const first = position === 0 ? 0 : 1;
    const found = lines.findIndex((line, index) => index >= first && BLOCK_LINE.test(line));
    if (found === -1) continue;
    const line = lines[found]!;
    const [, colons = '', name = ''] = BLOCK_LINE.exec(line) ?? [];
    const lineNumber = child.position.start.line + found;
    const column =
      found === 0
        ? child.position.start.column
        : (String(file.value).split('\n')[lineNumber - 1] ?? '').indexOf(colons) + 1;
    const place = { start: { line: lineNumber, column }, end: { line: lineNumber, column: column + line.length } };
    reportError(
      file,
      { type: 'text', position: place },
      name ? `${colons}${name}` : 'block',
      name
        ? 'is not read as a block and would be published as text'
        : `a ${colons} line closes no block and would be published as text`,
      {
        expected:
          'a line such as :::quote[Who said it] or :::tweet{name="…" handle="…" date="YYYY-MM-DD"}, the text, then a line with :::',
        found: shorten(line, 50),
      },
    );
    return;
  }
}

function sourceOf(node: Node, file: VFile): string | undefined {
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined
    ? undefined
    : String(file.value).slice(start.offset, end.offset);
}
