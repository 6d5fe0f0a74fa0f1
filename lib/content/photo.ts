import type { SiteReference } from '../markdown/references';
import type { PhotoOf } from '../markdown/references';
import { probeImage, type ImageInfo } from '../media/probe';
import type { ProbeCache } from '../media/probe-cache';
import {
  MIN_LEAD_WIDTH,
  pictureOf,
  portraitOf,
  socialImagesOf,
  type Picture,
  type PhotoSource,
} from '../media/variants';
import { problem, type Problem } from '../text/problems';
import type { ArticleImage } from './article';
import type { FrontMatter } from './frontmatter';
import type { ImageMeta } from './schema';
import { photoFile } from './source';

type PhotoAnswer = { info: ImageInfo } | { message: string; expected: string; found?: string };
/** What a photo of the content folder is, by its site path: read once however many files show it. */
export type PhotoReader = (sitePath: string) => PhotoAnswer;

export function photoReader(directory: string, probes?: ProbeCache): PhotoReader {
  const answers = new Map<string, PhotoAnswer>();
  return (sitePath) => {
    const known = answers.get(sitePath);
    if (known) return known;
    const located = photoFile(sitePath, directory);
    let answer: PhotoAnswer;
    if ('file' in located) {
      const probed = probes ? probes.probe(located.file) : probeImage(located.file);
      answer = probed.ok ? { info: probed.info } : probed.problem;
    } else answer = located;
    answers.set(sitePath, answer);
    return answer;
  };
}

/** What a body's renderer asks of a photo: its markup, when the photo is sound (else its problem is told apart). */
export function bodyPicture(photos: PhotoReader): PhotoOf {
  return (sitePath) => {
    const answer = photos(sitePath);
    return 'info' in answer ? pictureOf({ path: sitePath, info: answer.info }, 'full') : undefined;
  };
}

/**
 * The photos of one Markdown file of the content folder (an article, a profile, a page of the paper):
 * each checked once, its problem told at the line that names it, and every sound one kept, so the
 * build derives its files.
 */
export class FilePhotos {
  readonly used: PhotoSource[] = [];

  constructor(
    private readonly photos: PhotoReader,
    private readonly file: string,
    private readonly problems: Problem[],
  ) {}

  /** The images of the body. */
  body(references: readonly SiteReference[]): void {
    for (const reference of references.filter((reference) => reference.kind === 'image')) {
      const info = this.info(reference.path, reference.line, reference.column);
      if (info) this.used.push({ path: reference.path, info });
    }
  }

  /** An article's lead photo: the whole photo, its teaser thumbnail and the crops crawlers are given. */
  lead(image: ImageMeta, frontMatter: FrontMatter): ArticleImage | undefined {
    const { line, column } = frontMatter.locate(['image', 'src']);
    const info = this.info(image.src, line, column, 'image');
    if (!info) return undefined;
    const source: PhotoSource = { path: image.src, info, lead: true, ...(image.focus && { focus: image.focus }) };
    this.used.push(source);
    if (info.width < MIN_LEAD_WIDTH) {
      this.problems.push(
        problem({
          severity: 'warning',
          file: this.file,
          line,
          column,
          subject: 'image',
          message: `${image.src} is narrower than search engines and social networks show large`,
          expected: `a photo at least ${MIN_LEAD_WIDTH} px wide`,
          found: `${info.width} px`,
        }),
      );
    }
    return {
      ...image,
      width: info.width,
      height: info.height,
      picture: pictureOf(source, 'full'),
      thumb: pictureOf(source, 'thumb'),
      social: socialImagesOf(source),
    };
  }

  /** An author's portrait: a square crop around the face (its focus, or what the encoder finds). */
  portrait(image: ImageMeta, frontMatter: FrontMatter): AuthorPortrait | undefined {
    const { line, column } = frontMatter.locate(['portrait', 'src']);
    const info = this.info(image.src, line, column, 'portrait');
    if (!info) return undefined;
    const source: PhotoSource = { path: image.src, info, portrait: true, ...(image.focus && { focus: image.focus }) };
    this.used.push(source);
    const { picture, largest } = portraitOf(source);
    return { alt: image.alt, ...(image.credit && { credit: image.credit }), picture, image: largest };
  }

  private info(sitePath: string, line?: number, column?: number, subject = 'image'): ImageInfo | undefined {
    const answer = this.photos(sitePath);
    if ('info' in answer) return answer.info;
    const { message, expected, found } = answer;
    this.problems.push(
      problem({ file: this.file, line, column, subject, message: `${sitePath} ${message}`, expected, found }),
    );
    return undefined;
  }
}

export interface AuthorPortrait {
  alt: string;
  credit?: string;
  /** The square crop at every width a profile shows it. */
  picture: Picture;
  /** The largest square, for structured data. */
  image: string;
}

/** A photo the site shows: its original in the content folder, and the file that shows it first (to name it in a problem). */
export interface ShownPhoto {
  source: PhotoSource;
  original: string;
  file: string;
}

/**
 * Every photo the site shows, once, from the files that show them: the articles, the authors'
 * profiles, the paper's pages. A photo shown in two roles (a lead and a body image) is listed in
 * each, since each role has files of its own. One whose original is not a file of the content folder
 * is left out (the check reported it).
 */
export function photosShown(
  files: readonly { file: string; photos: readonly PhotoSource[] }[],
  contentDir?: string,
): ShownPhoto[] {
  const shown = new Map<string, ShownPhoto>();
  for (const { file, photos } of files) {
    for (const source of photos) {
      const key = JSON.stringify([source.path, source.lead ?? false, source.portrait ?? false, source.focus ?? null]);
      if (shown.has(key)) continue;
      const located = photoFile(source.path, contentDir);
      if ('file' in located) shown.set(key, { source, original: located.file, file });
    }
  }
  return [...shown.values()];
}
