import type { Heading, Nodes, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { keepCompoundsWhole, typesetSpans, type TextSpan } from '../text/typography';
import { articleLang } from './tweets';

/** Inline markup whose text is read as part of the sentence around it. */
const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Sets the article's text in its language's typography (lib/typography.ts) at render time: each
 * paragraph and heading is typeset as one sentence across its inline markup. Code, images, raw
 * HTML, link addresses, a link showing its own address and the cards other plugins built (hast
 * children, such as tweet cards, which typeset their own text) are left as they are. Headings also
 * keep their short compounds (start-up) whole.
 */
export function remarkTypography() {
  return (tree: Root, file: VFile) => {
    const lang = articleLang(file);
    visit(tree, (node) => {
      if (node.data?.hChildren) return SKIP;
      if (node.type !== 'paragraph' && node.type !== 'heading') return;
      const texts: Text[] = [];
      const spans: TextSpan[] = [];
      collect(node.children, 0, texts, spans);
      const values = typesetSpans(spans, lang).filter((_, index) => !spans[index]!.opaque);
      texts.forEach((text, index) => (text.value = values[index]!));
      if (node.type === 'heading') nowrapCompounds(node);
      return SKIP;
    });
  };
}

function collect(nodes: PhrasingContent[], depth: number, texts: Text[], spans: TextSpan[]) {
  for (const node of nodes) {
    if (node.type === 'text' && !node.data?.hChildren) {
      texts.push(node);
      spans.push({ value: node.value, depth });
    } else if (INLINE_CONTAINERS.has(node.type) && 'children' in node && !showsItsAddress(node)) {
      collect(node.children, depth + 1, texts, spans);
    } else {
      spans.push({ value: '', opaque: true, depth });
    }
  }
}

/** `<https://example.org>` and `<a@b.fr>`: the text is the address itself. */
function showsItsAddress(node: Nodes): boolean {
  if (node.type !== 'link') return false;
  const [only, ...rest] = node.children;
  return rest.length === 0 && only?.type === 'text' && node.url.replace(/^mailto:/, '') === only.value;
}

function nowrapCompounds(heading: Heading) {
  visit(heading, 'text', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const pieces = keepCompoundsWhole(node.value);
    if (pieces.length === 1 && !pieces[0]!.nowrap) return;
    const nodes = pieces.map((piece): Text =>
      piece.nowrap
        ? { type: 'text', value: piece.text, data: { hName: 'span', hProperties: { className: ['nowrap'] } } }
        : { type: 'text', value: piece.text },
    );
    parent.children.splice(index, 1, ...nodes);
    return index + nodes.length;
  });
}
