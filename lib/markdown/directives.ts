import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './problems';

const MARKERS = { containerDirective: ':::', leafDirective: '::', textDirective: ':' } as const;

/** Any directive the quote and tweet plugins did not take is a typo or an unsupported block: say so. */
export function remarkRejectUnknownDirectives() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return;
      if (!parent || index === undefined) return;
      const written = `${MARKERS[node.type]}${node.name}`;
      const hint = node.type === 'textDirective' ? ' (to write a colon before a letter, type \\: instead)' : '';
      reportError(file, node, written, `is not a known directive${hint}`, { expected: ':::quote or :::tweet', found: written });
      parent.children.splice(index, 1);
      return index;
    });
  };
}
