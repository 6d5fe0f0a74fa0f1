import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { findControlCharacter } from '../text/characters';
import { DATE_EXPECTATION, parseArticleDate, type ArticleDate } from '../text/dates';
import { LANGUAGE_EXPECTATION, languageProblem } from '../text/languages';
import { compareProblems, describeFound, problem, type Problem } from '../text/problems';
import type { YamlFields } from './yaml';

/**
 * The pieces every file editors write is checked with (an article's front matter, the site's settings,
 * the front page, an author's profile), declared with zod. Every check speaks the editor's language:
 * its message, and in its `params` what was expected (and what was found, when that is not simply the
 * value); validate() maps each issue's path through the YAML to the line and column it was written on.
 */
export type Params = { expected: string; found?: string; at?: 'key'; suggest?: readonly string[] };

export const says = (message: string, params: Params) => ({ error: message, params });
export const isText = (value: unknown): value is string => typeof value === 'string';

/** Control characters are refused (tabs and line breaks, which YAML's folding leaves, are not). */
function printable(value: string, context: z.RefinementCtx): void {
  const control = findControlCharacter(value);
  if (control) {
    const params: Params = { expected: 'printable text', found: control.name };
    context.addIssue({ code: 'custom', message: 'contains a control character', params });
  }
}

export function text(expected = 'text in quotes') {
  return z
    .custom<string>(isText, says('has the wrong type', { expected }))
    .refine((value) => value.trim() !== '', says('is empty', { expected }))
    .superRefine(printable)
    .transform((value) => value.trim());
}

export const email = text('an address such as redaction@journal.example').refine(
  (value) => /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/.test(value),
  says('is not an e-mail address', { expected: 'an address such as redaction@journal.example' }),
);

/** A path of the site, such as `/images/photo.jpg`: never another site's address. */
export function sitePath(expected: string) {
  return z
    .custom<string>(
      (value) => isText(value) && value.startsWith('/') && !value.startsWith('//'),
      says('must be a path of the site', { expected }),
    )
    .superRefine(printable);
}

/** An item of a list; its problems are told as `item 2 …`. */
const item = z
  .custom<string>((value) => isText(value) && value.trim() !== '', says('is not text', { expected: 'text' }))
  .superRefine(printable)
  .transform((value) => value.trim());

export function list(expected: string) {
  return z.custom<unknown[]>(Array.isArray, says('must be a list', { expected })).pipe(z.array(item));
}

export const date = z
  .custom<string>(isText, says('is not a date', { expected: DATE_EXPECTATION }))
  .transform((value, context): ArticleDate => {
    const result = parseArticleDate(value);
    if (result.ok) return result.value;
    context.addIssue({ code: 'custom', message: result.problem, params: { expected: DATE_EXPECTATION } });
    return z.NEVER;
  });

export const language = z
  .custom<string>(isText, says('is not a language code', { expected: LANGUAGE_EXPECTATION }))
  .superRefine((value, context) => {
    const problem = languageProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem, params: { expected: LANGUAGE_EXPECTATION } });
  });

export const boolean = z.custom<boolean>(
  (value) => typeof value === 'boolean',
  says('has the wrong type', { expected: 'true or false' }),
);

/** A whole number from `min` to `max`. */
export function count(min: number, max: number) {
  const expected = `a whole number from ${min} to ${max}`;
  return z.custom<number>(
    (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
    says('is not a number the site can use', { expected }),
  );
}

/**
 * One of `choices`, compared by `keyOf` (a slug, so that accents and capitals do not matter); otherwise
 * `notOne`, with the nearest choice as a suggestion.
 */
export function oneOf(choices: readonly string[], keyOf: (value: string) => string, notOne: string, expected: string) {
  return z.custom<string>(isText, says('has the wrong type', { expected })).transform((value, context): string => {
    const match = choices.find((choice) => keyOf(choice) === keyOf(value));
    if (match !== undefined) return match;
    const suggestion = nearest(
      keyOf(value),
      choices.map((choice) => keyOf(choice)),
    );
    const named = choices.find((choice) => keyOf(choice) === suggestion);
    const message = `${notOne}${named === undefined ? '' : `; did you mean \`${named}\`?`}`;
    context.addIssue({ code: 'custom', message, params: { expected } });
    return z.NEVER;
  });
}

export const required = <T extends z.ZodType>(schema: T) =>
  z.custom((value) => value !== undefined && value !== null, says('is required', { expected: 'a value' })).pipe(schema);
/** Left out, or written with no value (`tags:`): `fallback`. */
export const withDefault = <T extends z.ZodType, F>(schema: T, fallback: F) =>
  schema.nullish().transform((value) => value ?? fallback);

/** What a key that is not part of the contract is told: where it is written, with the nearest known one. */
function unknownKeyParams(known: readonly string[]): Params {
  const expected = known.length === 2 ? known.join(' or ') : `one of ${known.join(', ')}`;
  return { expected, at: 'key', suggest: known };
}

/** What a mapping of `shape`'s fields gives: each field's output (the unknown keys never get through). */
export type FieldsOutput<Shape extends z.core.$ZodLooseShape> = { [K in keyof Shape]: z.output<Shape[K]> };

/**
 * A mapping of `shape`'s fields; every other key is reported as `unknownMessage`. zod's objects skip a
 * key named `__proto__` (against prototype pollution): it is told here the same way as every other.
 */
export function fieldsOf<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  unknownMessage: string,
  expected?: string,
): z.ZodType<FieldsOutput<Shape>> {
  const known = Object.keys(shape);
  const params = unknownKeyParams(known);
  const fields = z.object(shape).catchall(z.custom(() => false, says(unknownMessage, params)));
  const noProto = z
    .custom<object>()
    .superRefine((value, context) => {
      if (Object.hasOwn(value, '__proto__'))
        context.addIssue({ code: 'custom', path: ['__proto__'], message: unknownMessage, params });
    })
    // Nothing of its own to add to the fields.
    .transform(() => ({}));
  return z
    .custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      says('has the wrong type', { expected: expected ?? `fields such as ${known.slice(0, 2).join(', ')}` }),
    )
    .pipe(z.intersection(fields, noProto)) as unknown as z.ZodType<FieldsOutput<Shape>>;
}

/** The nearest of `known` to `key`, if it is close enough to be what the editor meant. */
export function nearest(key: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const candidate = closest(key.toLowerCase(), [...known]);
  return distance(key.toLowerCase(), candidate) <= 2 ? candidate : undefined;
}

export type Validated<T> = { value?: T; problems: Problem[] };

/** Checks `fields` against `schema`; every problem is reported, at the line and column of the value (or key) at fault. */
export function validate<T>(schema: z.ZodType<T>, fields: YamlFields, file: string): Validated<T> {
  const result = schema.safeParse(fields.data);
  if (result.success) return { value: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => toProblem(issue, fields, file)).sort(compareProblems) };
}

function toProblem(issue: z.core.$ZodIssue, fields: YamlFields, file: string): Problem {
  const params: Partial<Params> = issue.code === 'custom' ? (issue.params ?? {}) : {};
  const path = issue.path.filter((part) => typeof part !== 'symbol');
  const last = path.at(-1);
  const { line, column } = fields.locate(path, params.at);
  const suggestion = params.suggest && typeof last === 'string' ? nearest(last, params.suggest) : undefined;
  const message = [
    typeof last === 'number' ? `item ${last + 1} ` : '',
    issue.message,
    suggestion ? `; did you mean \`${suggestion}\`?` : '',
  ].join('');
  const found = params.found ?? describeFound(params.at === 'key' ? last : valueAt(fields.data, path));
  const subject = path.filter((part) => typeof part === 'string').join('.');
  return problem({ file, line, column, subject, message, expected: params.expected, found });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = Reflect.get(value, part);
  }
  return value;
}
