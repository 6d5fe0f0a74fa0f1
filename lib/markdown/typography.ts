import type { Root, Text } from 'mdast';
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';

const SPACE = '[ \\u00A0\\u202F]';
/**
 * French sets a space before ; : ! ? » % € $ and after «, and groups digits by thousands with a
 * space. Those spaces must never break a line. The editor's characters are kept as they are:
 * the word and its punctuation are wrapped together instead, in a span that does not wrap.
 */
const UNBREAKABLE = new RegExp(
  [
    `\\d{1,3}(?:${SPACE}\\d{3})+(?:${SPACE}[%€$])?`,
    // Only from the start of a word: tried from inside one too, a long word would cost its length squared.
    `(?:«${SPACE})?(?<![^\\s«])[^\\s«]+(?:${SPACE}[;:!?»%€$][^\\s]*)+`,
    `«${SPACE}[^\\s»]+`,
  ].join('|'),
  'gu',
);

const SKIPPED_PARENTS = new Set(['link', 'linkReference', 'inlineCode', 'code']);

export function remarkFrenchTypography() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (SKIPPED_PARENTS.has(node.type) || node.data?.hChildren) return SKIP;
      if (!('children' in node)) return;
      // Rebuilt in one pass: a splice per text node would cost a long paragraph its length squared.
      const children: Node[] = node.children;
      const pieces = children.flatMap((child) => {
        if (child.type !== 'text' || !('value' in child) || typeof child.value !== 'string') return [child];
        const split = unbreakablePieces(child.value);
        return split.length === 1 ? [child] : split;
      });
      if (pieces.length === children.length) return;
      children.length = 0;
      for (const piece of pieces) children.push(piece);
    });
  };
}

function unbreakablePieces(value: string): Text[] {
  const pieces: Text[] = [];
  let last = 0;
  for (const match of value.matchAll(UNBREAKABLE)) {
    if (match.index > last) pieces.push({ type: 'text', value: value.slice(last, match.index) });
    pieces.push({ type: 'text', value: match[0], data: { hName: 'span', hProperties: { className: ['nowrap'] } } });
    last = match.index + match[0].length;
  }
  if (last < value.length) pieces.push({ type: 'text', value: value.slice(last) });
  return pieces;
}
