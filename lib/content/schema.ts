import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { site } from '../site';
import { DATE_EXPECTATION, parseArticleDate, type ArticleDate } from '../text/dates';
import { describeFound, type Diagnostic } from '../text/diagnostics';
import type { FrontMatter } from './frontmatter';
import { LANGUAGE_EXPECTATION, languageProblem } from '../text/languages';
import { siteSections } from './sections';
import { tagSlug } from '../text/slugs';
import { findControlCharacter } from '../text/characters';

const SECTIONS_EXPECTATION = `one of the rubriques ${site.sections.join(', ')}`;

/**
 * The front-matter contract, the single source of truth for what an editor may write above an
 * article, declared with zod. Every check speaks the editor's language: its message, and in its
 * `params` what was expected (and what was found, when that is not simply the value); the issue's
 * path is mapped through the YAML to the line and column the editor wrote it on.
 */
type Params = { expected: string; found?: string; at?: 'key'; suggest?: readonly string[] };

const says = (message: string, params: Params) => ({ error: message, params });
const isText = (value: unknown): value is string => typeof value === 'string';

/** Control characters are refused (tabs and line breaks, which YAML's folding leaves, are not). */
function printable(value: string, context: z.RefinementCtx): void {
  const control = findControlCharacter(value);
  if (control) {
    const params: Params = { expected: 'printable text', found: control.name };
    context.addIssue({ code: 'custom', message: 'contains a control character', params });
  }
}

function text(expected = 'text in quotes') {
  return z
    .custom<string>(isText, says('has the wrong type', { expected }))
    .refine((value) => value.trim() !== '', says('is empty', { expected }))
    .superRefine(printable)
    .transform((value) => value.trim());
}

/** An item of a list; its problems are told as `item 2 …`. */
const item = z
  .custom<string>((value) => isText(value) && value.trim() !== '', says('is not text', { expected: 'text' }))
  .superRefine(printable)
  .transform((value) => value.trim());

function list(expected: string) {
  return z.custom<unknown[]>(Array.isArray, says('must be a list', { expected })).pipe(z.array(item));
}

const date = z
  .custom<string>(isText, says('is not a date', { expected: DATE_EXPECTATION }))
  .transform((value, context): ArticleDate => {
    const result = parseArticleDate(value);
    if (result.ok) return result.value;
    context.addIssue({ code: 'custom', message: result.problem, params: { expected: DATE_EXPECTATION } });
    return z.NEVER;
  });

const language = z
  .custom<string>(isText, says('is not a language code', { expected: LANGUAGE_EXPECTATION }))
  .superRefine((value, context) => {
    const problem = languageProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem, params: { expected: LANGUAGE_EXPECTATION } });
  });

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

const required = <T extends z.ZodType>(schema: T) =>
  z.custom((value) => value !== undefined && value !== null, says('is required', { expected: 'a value' })).pipe(schema);
/** Left out, or written with no value (`tags:`): `fallback`. */
const withDefault = <T extends z.ZodType, F>(schema: T, fallback: F) =>
  schema.nullish().transform((value) => value ?? fallback);

const IMAGE_FIELDS = ['src', 'alt', 'caption', 'credit'] as const;

const image = z
  .custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    says('has the wrong type', { expected: '{ src: /images/…, alt: "…" }' }),
  )
  .pipe(
    z
      .object({
        src: z
          .custom<string>(
            (value) => isText(value) && value.startsWith('/') && !value.startsWith('//'),
            says('must be a path in public/', { expected: 'a path such as /images/photo.jpg' }),
          )
          .superRefine(printable),
        alt: z
          .custom<string>(
            (value) => isText(value) && value.trim() !== '',
            says('is missing: describe the image for readers who cannot see it', { expected: 'text' }),
          )
          .superRefine(printable)
          .transform((value) => value.trim()),
        caption: withDefault(text('the caption, in quotes'), undefined),
        credit: withDefault(text('who took it, such as "© AFP"'), undefined),
      })
      .catchall(unknownKey('is not an image field', IMAGE_FIELDS)),
  );

/** A key that is not part of the contract: reported where it is written, with the nearest known one. */
function unknownKey(message: string, known: readonly string[]) {
  const expected = known.length === 2 ? known.join(' or ') : `one of ${known.join(', ')}`;
  return z.custom(() => false, says(message, { expected, at: 'key', suggest: known }));
}

/** One of the site's rubriques (site.sections), however its accents and capitals are written. */
const section = z
  .custom<string>(isText, says('has the wrong type', { expected: SECTIONS_EXPECTATION }))
  .transform((value, context): string => {
    const known = siteSections();
    const match = known.find((candidate) => candidate.slug === tagSlug(value));
    if (match) return match.name;
    const suggestion = nearest(
      tagSlug(value),
      known.map((candidate) => candidate.slug),
    );
    const named = known.find((candidate) => candidate.slug === suggestion)?.name;
    const message = `is not one of the site’s rubriques${named ? `; did you mean \`${named}\`?` : ''}`;
    context.addIssue({ code: 'custom', message, params: { expected: SECTIONS_EXPECTATION } });
    return z.NEVER;
  });

const shape = {
  title: required(text()),
  date: required(date),
  description: withDefault(text(), undefined),
  author: withDefault(authors, [site.newsroom]),
  tags: withDefault(list('a list such as [Cisco, French Tech]'), []),
  lang: withDefault(language, site.lang),
  updated: withDefault(date, undefined),
  draft: withDefault(
    z.custom<boolean>((value) => typeof value === 'boolean', says('has the wrong type', { expected: 'true or false' })),
    false,
  ),
  image: withDefault(image, undefined),
  section: withDefault(section, undefined),
};

export const FIELD_NAMES = Object.keys(shape);

const frontMatterSchema = z.object(shape).catchall(unknownKey('is not a known field', FIELD_NAMES));

type Fields = { [K in keyof typeof shape]: z.output<(typeof shape)[K]> };

export type ArticleMeta = Omit<Fields, 'author' | 'description'> & { authors: string[]; description?: string };

export type MetaResult = { meta?: ArticleMeta; diagnostics: Diagnostic[] };

/** Validates the front matter of `file`; every problem is reported, not only the first. */
export function parseArticleMeta(frontMatter: FrontMatter, file: string): MetaResult {
  const result = frontMatterSchema.safeParse(frontMatter.data);
  const diagnostics = [
    ...(result.success ? [] : result.error.issues.map((issue) => toDiagnostic(issue, frontMatter, file))),
    ...advice(frontMatter, file),
  ];
  if (!result.success || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const { author, ...fields } = result.data;
  return { meta: { ...fields, authors: author }, diagnostics };
}

/** A zod issue as the editor reads it: at the line and column of the value (or key) at fault. */
function toDiagnostic(issue: z.core.$ZodIssue, frontMatter: FrontMatter, file: string): Diagnostic {
  const params: Partial<Params> = issue.code === 'custom' ? (issue.params ?? {}) : {};
  const path = issue.path.filter((part) => typeof part !== 'symbol');
  const last = path.at(-1);
  const { line, column } = frontMatter.locate(path, params.at);
  const suggestion = params.suggest && typeof last === 'string' ? nearest(last, params.suggest) : undefined;
  const message = [
    typeof last === 'number' ? `item ${last + 1} ` : '',
    issue.message,
    suggestion ? `; did you mean \`${suggestion}\`?` : '',
  ].join('');
  const found = params.found ?? describeFound(params.at === 'key' ? last : valueAt(frontMatter.data, path));
  const subject = path.filter((part) => typeof part === 'string').join('.');
  return { severity: 'error', file, line, column, subject, message, expected: params.expected, found };
}

/** A chapeau reads in two or three lines: past this many characters, a warning says so. */
const LEAD_MAX_LENGTH = 300;

/**
 * What zod does not say: a missing or overlong lead and a time read in the site's zone (warnings),
 * and `updated` before `date`, said with the other fields' problems as long as both dates can be read
 * (zod skips an object's refinements once one of its fields failed).
 */
function advice(frontMatter: FrontMatter, file: string): Diagnostic[] {
  const tell = (
    severity: Diagnostic['severity'],
    field: string,
    message: string,
    expected: string,
    found: unknown,
  ) => ({
    severity,
    file,
    ...frontMatter.locate([field]),
    subject: field,
    message,
    expected,
    found: describeFound(found),
  });
  const said: Diagnostic[] = [];
  const { description } = frontMatter.data;
  if (description === undefined || description === null) {
    const message = 'is missing: it is the lead shown under the title and to search engines';
    said.push(tell('warning', 'description', message, 'a value', description));
  }
  const leadLength = isText(description) ? [...description.trim()].length : 0;
  if (leadLength > LEAD_MAX_LENGTH) {
    const message = 'is long for a lead, which reads in two or three lines under the title';
    said.push({
      ...tell('warning', 'description', message, `at most ${LEAD_MAX_LENGTH} characters`, undefined),
      found: `${leadLength} characters`,
    });
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
  return said;
}

function nearest(key: string, known: readonly string[]): string | undefined {
  const candidate = closest(key.toLowerCase(), [...known]);
  return distance(key.toLowerCase(), candidate) <= 2 ? candidate : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = Reflect.get(value, part);
  }
  return value;
}
