import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './problems';

/**
 * Images come from the site itself: a remote image would make every reader's browser call a third
 * party. When the caller can tell an image's size, it is written on the element, so the text does
 * not jump as the image loads.
 */
export function remarkLocalImages() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'image', (node, index, parent) => {
      if (!node.url.startsWith('/') || node.url.startsWith('//')) {
        reportError(file, node, 'image', 'must be a file of the site, not a remote address', {
          expected: 'a path in public/ such as /images/photo.jpg',
          found: node.url,
        });
        parent?.children.splice(index ?? 0, 1);
        return index;
      }
      const size = file.data.imageSize?.(node.url.split(/[?#]/)[0]!);
      node.data = { ...node.data, hProperties: { ...size, loading: 'lazy', decoding: 'async' } };
      if (!node.alt?.trim()) {
        reportError(file, node, 'image', 'has no alternative text', {
          expected: '![what the image shows](…)',
          found: `![](${node.url})`,
        });
      }
    });
  };
}
