import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { shorten } from '../text/problems';
import { reportError } from './problems';

const COMMENT = /^<!--[\s\S]*-->$/;
const CLOSING_TAG = /^<\/[a-z][\w-]*\s*>$/i;

/**
 * HTML written in an article is never rendered: an editor's note in an HTML comment is meant not to
 * show, anything else stops the build with its line, so nothing an editor wrote vanishes in silence.
 * Runs after the tweet plugin, which has taken the one HTML editors may paste: X/Twitter's embed code.
 */
export function remarkRejectRawHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      // A closing tag is reported with its opening one.
      if (!COMMENT.test(node.value.trim()) && !CLOSING_TAG.test(node.value.trim())) {
        reportError(file, node, 'raw HTML', 'is not rendered; write it in Markdown instead', {
          expected: 'Markdown, a :::quote or a :::tweet block',
          found: shorten(node.value, 50),
        });
      }
      parent.children.splice(index, 1);
      return index;
    });
  };
}
