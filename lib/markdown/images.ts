import type { PhrasingContent, Root } from 'mdast';
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

/**
 * A photo alone in its paragraph, with a title, is shown as a newspaper shows it: the title becomes
 * its caption, and what follows ` | ` its credit, set apart. An image inside a sentence stays one.
 */
export function remarkPhotoCaptions() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node) => {
      const [image, ...rest] = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      if (image?.type !== 'image' || rest.length > 0 || !image.title?.trim()) return;
      // `"Légende | © AFP"`: the caption, then the credit after the first `|`.
      const bar = image.title.indexOf('|');
      const caption = (bar === -1 ? image.title : image.title.slice(0, bar)).trim();
      const credit = bar === -1 ? '' : image.title.slice(bar + 1).trim();
      image.title = null;
      const captionChildren: PhrasingContent[] = [
        ...(caption ? [{ type: 'text' as const, value: caption }] : []),
        ...(caption && credit ? [{ type: 'text' as const, value: ' ' }] : []),
        ...(credit
          ? [{ type: 'text' as const, value: credit, data: { hName: 'span', hProperties: { className: ['credit'] } } }]
          : []),
      ];
      node.data = { ...node.data, hName: 'figure', hProperties: { className: ['photo'] } };
      // An emphasis node only carries the caption's phrasing: it is written as <figcaption>.
      node.children = [image, { type: 'emphasis', data: { hName: 'figcaption' }, children: captionChildren }];
    });
  };
}
