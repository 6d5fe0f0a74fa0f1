import type { Element } from 'hast';
import type { Paragraph } from 'mdast';

/**
 * Wraps a finished hast element as an mdast block: remark-html renders it as that element, so a
 * plugin builds its markup once, in hast, and never as an HTML string.
 */
export function hastBlock(element: Element): Paragraph {
  return {
    type: 'paragraph',
    children: [],
    data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
  };
}
