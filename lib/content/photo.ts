import type { SiteReference } from '../markdown/references';
import { problem, type Problem } from '../text/problems';
import type { ArticleImage } from './article';
import type { FrontMatter } from './frontmatter';
import type { ImageMeta } from './schema';
import { publicFileExists, publicImageSize } from './source';

/**
 * A photo of the front matter (an article's `image`, an author's `portrait`) with its pixel size read
 * from its file, so the page does not jump as it loads. Its path joins the file's references, which
 * load.ts checks with the links (a missing file is told there); a file that is no image is told here.
 */
export function sizedPhoto(
  photo: ImageMeta,
  field: string,
  { frontMatter, file, problems, references }: PhotoContext,
): ArticleImage | undefined {
  const { line, column } = frontMatter.locate([field, 'src']);
  references.push({ kind: 'image', path: photo.src, line, column });
  const size = publicImageSize(photo.src);
  if (size) return { ...photo, ...size };
  if (publicFileExists(photo.src)) {
    problems.push(
      problem({
        file,
        line,
        column,
        subject: field,
        message: 'is not an image the site can show',
        expected: 'a JPEG, PNG, WebP, AVIF, GIF or SVG file',
        found: photo.src,
      }),
    );
  }
  return undefined;
}

export interface PhotoContext {
  frontMatter: FrontMatter;
  file: string;
  problems: Problem[];
  references: SiteReference[];
}
