import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { shorten } from '../text/problems';
import { reportWarning } from './problems';
import { sanitizeSchema } from './sanitize-schema';

const KEPT_SCHEMES: readonly string[] = sanitizeSchema.protocols?.href ?? [];

/**
 * The sanitizer keeps a link's address only for the schemes it trusts: a `javascript:`, `data:` or
 * `vbscript:` link (in any case, any encoding) is published as text without its address, and the
 * editor is told so rather than left to find a dead link. `HTTPS://` is written `https://`, which
 * the sanitizer, comparing schemes as written, would otherwise drop.
 */
export function remarkUntrustedLinks() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'link', (node) => {
      const scheme = schemeOf(node.url);
      if (scheme === undefined || KEPT_SCHEMES.includes(scheme)) return;
      if (KEPT_SCHEMES.includes(scheme.toLowerCase())) {
        node.url = scheme.toLowerCase() + node.url.slice(scheme.length);
        return;
      }
      reportWarning(
        file,
        node,
        'link',
        'is published without its address: only web, e-mail and site addresses are kept',
        {
          expected: 'https://…, mailto:… or /articles/…',
          found: shorten(node.url),
        },
      );
    });
  };
}

/** What comes before the first colon, if it comes before any `/`, `?` or `#`: the sanitizer's reading of a scheme. */
function schemeOf(url: string): string | undefined {
  const colon = url.indexOf(':');
  const end = url.search(/[/?#]/);
  return colon > 0 && (end < 0 || colon < end) ? url.slice(0, colon) : undefined;
}
