import type { z } from 'zod';
import type { SiteReference } from '../markdown/references';
import { renderMarkdown } from '../markdown/render';
import type { Problem } from '../text/problems';
import { validate } from './contract';
import { splitFrontMatter, type FrontMatter } from './frontmatter';
import { bodyPicture, FilePhotos, type PhotoReader } from './photo';
import type { BodyStore } from './bodies';
import type { SiteSettings } from './settings';
import type { SourceFile } from './source';

export interface MarkdownFile<T> {
  /** The front matter's fields, when they hold no error. */
  fields?: T;
  frontMatter?: FrontMatter;
  /** The body, rendered and sanitized. */
  html: string;
  problems: Problem[];
  /** Links and images of the body pointing inside the site, for load.ts to check. */
  references: SiteReference[];
  /** Its photos: those of the body checked, more to add from the front matter. */
  photos: FilePhotos;
}

/**
 * A Markdown file of the content folder that is not an article (an author's profile, a page of the
 * paper): its front matter checked against `schema`, its body rendered and checked exactly as an
 * article's, in the file's language (`lang` of its fields, else `defaultLang`).
 */
export function readMarkdownFile<T extends { lang: string }>(
  file: SourceFile,
  schema: z.ZodType<T>,
  { settings, photos }: FileContext,
): MarkdownFile<T> {
  const split = splitFrontMatter(file.text, file.name);
  if (!split.ok)
    return { html: '', problems: split.problems, references: [], photos: new FilePhotos(photos, file.name, []) };
  const { frontMatter } = split;
  const { value, problems } = validate(schema, frontMatter, file.name);
  const body = renderMarkdown(frontMatter.body, {
    lang: value?.lang ?? settings.lang,
    file: file.name,
    firstLine: frontMatter.bodyStartLine,
    photo: bodyPicture(photos),
  });
  problems.push(...body.problems);
  const filePhotos = new FilePhotos(photos, file.name, problems);
  filePhotos.body(body.references);
  return {
    fields: value,
    frontMatter,
    html: body.html,
    problems,
    references: [...body.references],
    photos: filePhotos,
  };
}

/** What reading a file of the content folder needs beside the file: the settings, where bodies go, the photos. */
export interface FileContext {
  settings: SiteSettings;
  bodies: BodyStore;
  photos: PhotoReader;
}

/** `make(key)`, made once for each key: a contract that depends on the site's settings is built once a site. */
export function madeOnceFor<K extends object, T>(make: (key: K) => T): (key: K) => T {
  const made = new WeakMap<K, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}
