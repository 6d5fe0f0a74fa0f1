import type { Picture } from '../media/variants';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A link or an image pointing inside the site, with where the editor wrote it. */
export interface SiteReference {
  kind: 'link' | 'image';
  path: string;
  line?: number;
  column?: number;
}

/** The markup of the photo at a site path (lib/media/variants.ts), when it is one the site can show. */
export type PhotoOf = (sitePath: string) => Picture | undefined;

declare module 'vfile' {
  interface DataMap {
    lang: string;
    photo: PhotoOf;
    references: SiteReference[];
  }
}

/**
 * Collects links and images that point inside the site, so the content layer, which sees every
 * article and the public/ folder, can check that each one leads somewhere.
 */
export function remarkCollectReferences() {
  return (tree: Root, file: VFile) => {
    const references: SiteReference[] = [];
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'image') && node.url.startsWith('/') && !node.url.startsWith('//')) {
        const path = node.url.split(/[?#]/)[0]!;
        references.push({
          kind: node.type,
          path,
          line: node.position?.start.line,
          column: node.position?.start.column,
        });
      }
    });
    file.data.references = references;
  };
}
