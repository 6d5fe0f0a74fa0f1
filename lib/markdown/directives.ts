import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './problems';

const MARKERS = { containerDirective: ':::', leafDirective: '::', textDirective: ':' } as const;

/**
 * Any directive the quote and tweet plugins did not take is a typo or an unsupported block: say so.
 * A bare `:word` inside a sentence ("18:30", "ratio 3:1") is prose, not a directive, and stays as written.
 */
export function remarkRejectUnknownDirectives() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
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

function sourceOf(node: Node, file: VFile): string | undefined {
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined
    ? undefined
    : String(file.value).slice(start.offset, end.offset);
}
