import type { Blockquote, BlockContent, DefinitionContent, Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './problems';

const DIRECTIVE = ':::quote';
const ATTRIBUTION = /^\s*—\s*/;

type Candidate = { node: Blockquote | ContainerDirective; index: number; parent: { children: unknown[] } };

/**
 * Both ways of writing a quote, a `>` block closed by a `— Name` line and `:::quote[Name]{cite=…}`,
 * become `<figure class="quote"><blockquote>…</blockquote><figcaption>— Name</figcaption></figure>`:
 * the attribution stands outside the quoted words.
 */
export function remarkQuotes() {
  return (tree: Root, file: VFile) => {
    const candidates: Candidate[] = [];
    visit(tree, (node, index, parent) => {
      if (
        parent &&
        index !== undefined &&
        (node.type === 'blockquote' || (node.type === 'containerDirective' && node.name === 'quote'))
      ) {
        candidates.push({ node, index, parent });
      }
    });
    // Last first, so a quote nested in another is already a figure when its parent moves, and the
    // quotes before one keep their index when it is replaced or dropped.
    for (const { node, index, parent } of candidates.reverse()) {
      // A quote directive with problems is reported and left out, so it is not reported again as unknown.
      const figure = node.type === 'blockquote' ? (fromBlockquote(node) ?? node) : fromDirective(node, file);
      parent.children.splice(index, 1, ...(figure ? [figure] : []));
    }
  };
}

function fromBlockquote(node: Blockquote): Blockquote | undefined {
  const last = node.children.at(-1);
  const first = last?.type === 'paragraph' ? last.children[0] : undefined;
  if (node.children.length < 2 || first?.type !== 'text' || !ATTRIBUTION.test(first.value)) return undefined;
  const attribution = (last as Paragraph).children.slice();
  attribution[0] = { ...first, value: first.value.replace(ATTRIBUTION, '') };
  return quoteFigure(node.children.slice(0, -1), attribution);
}

function fromDirective(node: ContainerDirective, file: VFile): Blockquote | undefined {
  const [label, ...content] = node.children;
  const hasLabel = label?.type === 'paragraph' && label.data?.directiveLabel === true;
  const attribution = hasLabel ? label.children : [];
  const { cite, ...unknown } = node.attributes ?? {};
  let valid = true;

  if (attribution.length === 0) {
    reportError(file, node, DIRECTIVE, 'has no attribution', { expected: ':::quote[Who said it]', found: ':::quote' });
    valid = false;
  }
  if (cite !== undefined && cite !== null && !/^https?:\/\/\S+$/.test(cite)) {
    reportError(file, node, DIRECTIVE, 'has a cite that is not a web address', {
      expected: 'cite="https://…"',
      found: cite,
    });
    valid = false;
  }
  for (const key of Object.keys(unknown)) {
    reportError(file, node, DIRECTIVE, `has an unknown attribute \`${key}\``, { expected: 'cite', found: key });
    valid = false;
  }
  const body = hasLabel ? content : node.children;
  if (body.length === 0) {
    reportError(file, node, DIRECTIVE, 'has no quoted text', {
      expected: 'the quoted words between :::quote[…] and :::',
      found: 'nothing',
    });
    valid = false;
  }
  return valid ? quoteFigure(body as (BlockContent | DefinitionContent)[], attribution, cite ?? undefined) : undefined;
}

/** Past this many words a quote is set in roman: italic is for a line or two, not for a column on a phone. */
const LONG_QUOTE_WORDS = 40;

function quoteFigure(
  content: (BlockContent | DefinitionContent)[],
  attribution: PhrasingContent[],
  cite?: string,
): Blockquote {
  const words = toString(content).split(/\s+/).filter(Boolean).length;
  return {
    type: 'blockquote',
    data: {
      hName: 'figure',
      hProperties: { className: words > LONG_QUOTE_WORDS ? ['quote', 'quote-long'] : ['quote'] },
    },
    children: [
      { type: 'blockquote', data: { hProperties: cite ? { cite } : {} }, children: content },
      { type: 'paragraph', data: { hName: 'figcaption' }, children: [{ type: 'text', value: '— ' }, ...attribution] },
    ],
  };
}
