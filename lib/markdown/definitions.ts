import type { Definition, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Reference-style links and images (`[texte][ref]`, `![alt][ref]`, with `[ref]: /adresse` further
 * down) become the inline ones they stand for, where they are written: every check on links and
 * images (local images only, alternative text, links to existing articles) then sees one form.
 * A reference to no definition stays the text it is, as Markdown wants.
 */
export function remarkInlineReferences() {
  return (tree: Root) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node) => {
      // The first definition of a label wins.
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    });
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'imageReference' && node.type !== 'linkReference') || !parent || index === undefined) return;
      const definition = definitions.get(node.identifier);
      if (!definition) return;
      const { url, title } = definition;
      const inline: Image | Link =
        node.type === 'imageReference'
          ? { type: 'image', url, title, alt: node.alt, position: node.position }
          : { type: 'link', url, title, children: node.children, position: node.position };
      parent.children[index] = inline;
    });
  };
}
