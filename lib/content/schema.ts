import { z } from 'zod';
import { parseArticleDate } from '../text/dates';
import { describeFound, problem, type Problem, type Severity } from '../text/problems';
import { tagSlug } from '../text/slugs';
import {
  boolean,
  date,
  fieldsOf,
  isText,
  language,
  list,
  oneOf,
  required,
  says,
  sitePath,
  text,
  validate,
  withDefault,
} from './contract';
import type { FrontMatter } from './frontmatter';
import type { SiteSettings } from './settings';

/**
 * The front-matter contract, the single source of truth for what an editor may write above an
 * article (contract.ts has the pieces; the site's settings give the rubriques and the defaults).
 */

/** `author: Anne` or `author: [Anne, Paul]`, each told in its own terms (a union would report both). */
const authors = z.unknown().transform((value, context): string[] => {
  const expected = 'a name or a list of names';
  const result = isText(value)
    ? text(expected)
        .transform((name) => [name])
        .safeParse(value)
    : list(expected).safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) context.addIssue({ ...issue });
  return z.NEVER;
});

const FOCUS_EXPECTATION = 'where the subject is, such as "30% 40%" (from the left, from the top) or "top"';
const FOCUS_KEYWORDS: Record<string, [number | undefined, number | undefined]> = {
  left: [0, undefined],
  right: [1, undefined],
  top: [undefined, 0],
  bottom: [undefined, 1],
  center: [undefined, undefined],
};

/**
 * The point of a photo a crop keeps (the share image, the thumbnails), written as CSS writes an
 * `object-position`: `30% 40%` from the left and the top, or `top`, `bottom left`…; the centre where
 * it is silent.
 */
const focus = z
  .custom<string>(isText, says('has the wrong type', { expected: FOCUS_EXPECTATION }))
  .transform((value, context): { x: number; y: number } => {
    const words = value.trim().toLowerCase().split(/\s+/);
    const percents = words.map((word) => /^(\d{1,3}(?:\.\d+)?)%$/.exec(word)?.[1]);
    if (words.length === 2 && percents.every((percent) => percent !== undefined && Number(percent) <= 100)) {
      return { x: Number(percents[0]) / 100, y: Number(percents[1]) / 100 };
    }
    if (words.length <= 2 && words.every((word) => word in FOCUS_KEYWORDS)) {
      const x = words.map((word) => FOCUS_KEYWORDS[word]![0]).find((v) => v !== undefined);
      const y = words.map((word) => FOCUS_KEYWORDS[word]![1]).find((v) => v !== undefined);
      return { x: x ?? 0.5, y: y ?? 0.5 };
    }
    context.addIssue({
      code: 'custom',
      message: 'is not a point of the photo',
      params: { expected: FOCUS_EXPECTATION },
    });
    return z.NEVER;
  });

/** A photo: an article's lead photo, an author's portrait. */
export const image = fieldsOf(
  {
    src: sitePath('a photo of the content folder, such as /images/photo.jpg'),
    alt: z
      .custom<string>(
        (value) => isText(value) && value.trim() !== '',
        says('is missing: describe the image for readers who cannot see it', { expected: 'text' }),
      )
      .transform((value) => value.trim())
      .pipe(text()),
    caption: withDefault(text('the caption, in quotes'), undefined),
    credit: withDefault(text('who took it, such as "© AFP"'), undefined),
    focus: withDefault(focus, undefined),
  },
  'is not an image field',
  '{ src: /images/…, alt: "…" }',
);

/** A correction published under the article: when, and what was wrong (and what is right). */
const correction = fieldsOf(
  {
    date: required(date),
    text: required(text('what was wrong and what is right, in quotes')),
  },
  'is not a part of a correction',
  '{ date: 2015-02-17, text: "…" }',
);

const CORRECTIONS_EXPECTATION = 'a list such as [{ date: 2015-02-17, text: "…" }]';

/** Corrections, oldest first whatever order they are written in. */
const corrections = z
  .custom<unknown[]>(Array.isArray, says('must be a list', { expected: CORRECTIONS_EXPECTATION }))
  .pipe(z.array(correction))
  .transform((list) => list.sort((a, b) => a.date.instant.getTime() - b.date.instant.getTime()));

/** A dateline names a place, as the wires do: `PARIS`, `SAINT-DENIS (La Réunion)`. */
const DATELINE_MAX_LENGTH = 40;
const dateline = text('a place, such as PARIS').refine(
  (value) => [...value].length <= DATELINE_MAX_LENGTH,
  says('is long for a dateline, which names the place the story was filed from', {
    expected: `a place of at most ${DATELINE_MAX_LENGTH} characters, such as PARIS`,
  }),
);

function articleShape(settings: SiteSettings) {
  const sectionNames = settings.sections.map((section) => section.name);
  const typeNames = settings.types.map((type) => type.name);
  return {
    title: required(text()),
    date: required(date),
    description: withDefault(text(), undefined),
    author: withDefault(authors, [settings.newsroom]),
    tags: withDefault(list('a list such as [Cisco, French Tech]'), []),
    lang: withDefault(language, settings.lang),
    updated: withDefault(date, undefined),
    draft: withDefault(boolean, false),
    image: withDefault(image, undefined),
    section: withDefault(
      oneOf(
        sectionNames,
        tagSlug,
        'is not one of the site’s rubriques',
        `one of the rubriques ${sectionNames.join(', ')}`,
      ),
      undefined,
    ),
    type: withDefault(
      oneOf(typeNames, tagSlug, 'is not one of the site’s types of article', `one of ${typeNames.join(', ')}`),
      undefined,
    ),
    corrections: withDefault(corrections, []),
    dateline: withDefault(dateline, undefined),
  };
}

const schemas = new WeakMap<SiteSettings, ReturnType<typeof frontMatterSchema>>();

function frontMatterSchema(settings: SiteSettings) {
  return fieldsOf(articleShape(settings), 'is not a known field');
}

type Fields = z.output<ReturnType<typeof frontMatterSchema>>;

export type ArticleMeta = Omit<Fields, 'author' | 'description'> & { authors: string[]; description?: string };

/** A photo as the front matter describes it. */
export type ImageMeta = NonNullable<Fields['image']>;

/** A correction as the front matter describes it. */
export type Correction = Fields['corrections'][number];

export type MetaResult = { meta?: ArticleMeta; problems: Problem[] };

/** Validates the front matter of `file`; every problem is reported, not only the first. */
export function parseArticleMeta(frontMatter: FrontMatter, file: string, settings: SiteSettings): MetaResult {
  let schema = schemas.get(settings);
  if (!schema) schemas.set(settings, (schema = frontMatterSchema(settings)));
  const { value, problems } = validate(schema, frontMatter, file);
  problems.push(...advice(frontMatter, file));
  if (!value || problems.some((p) => p.fatal)) return { problems };
  const { author, ...fields } = value;
  return { meta: { ...fields, authors: author }, problems };
}

/** A chapeau reads in two or three lines: past this many characters, a warning says so. */
const LEAD_MAX_LENGTH = 300;

/**
 * What zod does not say: a missing or overlong lead and a time read in the site's zone (warnings),
 * and `updated` before `date`, said with the other fields' problems as long as both dates can be read
 * (zod skips an object's refinements once one of its fields failed).
 */
function advice(frontMatter: FrontMatter, file: string): Problem[] {
  const tell = (severity: Severity, field: string, message: string, expected: string, found: unknown) =>
    problem({
      severity,
      file,
      ...frontMatter.locate([field]),
      subject: field,
      message,
      expected,
      found: describeFound(found),
    });
  const said: Problem[] = [];
  const { description } = frontMatter.data;
  if (description === undefined || description === null) {
    const message = 'is missing: it is the lead shown under the title and to search engines';
    said.push(tell('warning', 'description', message, 'a value', description));
  }
  const leadLength = isText(description) ? [...description.trim()].length : 0;
  if (leadLength > LEAD_MAX_LENGTH) {
    const message = 'is long for a lead, which reads in two or three lines under the title';
    const expected = `at most ${LEAD_MAX_LENGTH} characters`;
    const { line, column } = frontMatter.locate(['description']);
    const found = `${leadLength} characters`;
    said.push(problem({ severity: 'warning', file, line, column, subject: 'description', message, expected, found }));
  }
  const [published, updated] = ['date', 'updated'].map((field) => {
    const value = frontMatter.data[field];
    const parsed = isText(value) ? parseArticleDate(value) : undefined;
    if (!parsed?.ok) return undefined;
    if (parsed.warning) said.push(tell('warning', field, parsed.warning, 'a time zone such as +01:00', value));
    return parsed.value;
  });
  if (published && updated && updated.instant < published.instant) {
    said.push(
      tell('error', 'updated', 'is before the publication date', `a moment after ${published.iso}`, updated.iso),
    );
  }
  const written = frontMatter.data.corrections;
  (Array.isArray(written) ? written : []).forEach((item: unknown, index) => {
    const value = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).date : undefined;
    const corrected = isText(value) ? parseArticleDate(value) : undefined;
    if (published && corrected?.ok && corrected.value.instant < published.instant) {
      said.push(
        problem({
          file,
          ...frontMatter.locate(['corrections', index, 'date']),
          subject: 'corrections.date',
          message: 'is before the publication date: a correction comes after the article',
          expected: `a moment after ${published.iso}`,
          found: corrected.value.iso,
        }),
      );
    }
  });
  return said;
}
