import type { PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { PHOTO_SIZES, pictureAttributes } from '../media/markup';
import { reportError } from './problems';

/**
 * Images are photos of the site itself: a remote image would make every reader's browser call a third
 * party. Each is shown as a `<picture>` of the files the build derives from it (lib/media), with its
 * size, so the text does not jump as it loads, and lazily: a body photo is never the first thing seen.
 */
export function remarkLocalImages() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'image', (node, index, parent) => {
      if (!node.url.startsWith('/') || node.url.startsWith('//')) {
        reportError(file, node, 'image', 'must be a file of the site, not a remote address', {
          expected: 'a photo of the content folder such as /images/photo.jpg',
          found: node.url,
        });
        parent?.children.splice(index ?? 0, 1);
        return index;
      }
      const picture = file.data.photo?.(node.url.split(/[?#]/)[0]!);
      if (picture) {
        const { sources, img } = pictureAttributes(picture, {
          alt: node.alt ?? '',
          sizes: PHOTO_SIZES.article,
          loading: 'lazy',
        });
        node.data = {
          ...node.data,
          hName: 'picture',
          hProperties: {},
          hChildren: [...sources.map((source) => h('source', source)), h('img', img)],
        };
      }
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
