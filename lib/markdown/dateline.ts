import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { reportWarning } from './problems';

declare module 'vfile' {
  interface DataMap {
    /** Where the story was filed (`PARIS`), from the front matter. */
    dateline: string;
  }
}

/**
 * A dateline opens the text, as the wires write it: `PARIS — Le texte…`, the place in a span the
 * stylesheet sets in small capitals, held to its dash by a no-break space. It goes into the first
 * paragraph of text: a photo alone in its paragraph, a quote or a tweet card is not one.
 */
export function remarkDateline() {
  return (tree: Root, file: VFile) => {
    const dateline = file.data.dateline;
    if (!dateline) return;
    const first = tree.children.find(isTextParagraph);
    if (!first) {
      reportWarning(file, tree, 'dateline', 'is not shown: the text has no paragraph to open', {
        expected: 'a paragraph of text in the body',
        found: 'none',
      });
      return;
    }
    first.children.unshift(
      { type: 'text', value: dateline, data: { hName: 'span', hProperties: { className: ['dateline'] } } },
      { type: 'text', value: '\u00A0— ' },
    );
  };
}

function isTextParagraph(node: RootContent): node is Paragraph {
  return (
    node.type === 'paragraph' &&
    node.data?.hName === undefined &&
    node.children.some((child) => child.type !== 'image' && !(child.type === 'text' && child.value.trim() === ''))
  );
}
