import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportWarning } from './problems';

/** The title is the page's one `<h1>`: a `#` heading in the body becomes a section heading, and the editor is told. */
export function remarkDemoteTitleHeadings() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node) => {
      if (node.depth !== 1) return;
      node.depth = 2;
      reportWarning(
        file,
        node,
        '# heading',
        'is shown as a section heading (##): the title of the article is its only top-level heading',
        {
          expected: '## Intertitre',
          found: '# …',
        },
      );
    });
  };
}
