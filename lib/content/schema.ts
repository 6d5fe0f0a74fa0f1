import { site } from '../site';
import { DATE_EXPECTATION, parseArticleDate, type ArticleDate } from './dates';
import { describeFound, type Diagnostic } from './diagnostics';
import type { FrontMatter } from './frontmatter';

/**
 * The front-matter contract, the single source of truth for what an editor may write above an
 * article. Each field parses an unknown YAML value into a typed one or says what was expected.
 */
type Problem = { path?: (string | number)[]; at?: 'key'; message: string; expected: string; found: unknown };
type Parsed<T> = { ok: true; value: T; warnings?: Problem[] } | { ok: false; problems: Problem[] };
type Field<T> = { parse(value: unknown): Parsed<T>; whenMissing: Parsed<T> | 'required' | 'recommended' };

const ok = <T>(value: T, warnings?: Problem[]): Parsed<T> => ({ ok: true, value, warnings });
const bad = <T>(message: string, expected: string, found: unknown, path?: (string | number)[]): Parsed<T> => ({
  ok: false,
  problems: [{ message, expected, found, path }],
});

function text(expected = 'text in quotes'): Field<string>['parse'] {
  return (value) => {
    if (typeof value !== 'string') return bad('has the wrong type', expected, value);
    if (value.trim() === '') return bad('is empty', expected, value);
    return ok(value.trim());
  };
}

function date(value: unknown): Parsed<ArticleDate> {
  if (typeof value !== 'string') return bad('is not a date', DATE_EXPECTATION, value);
  const result = parseArticleDate(value);
  if (!result.ok) return bad(result.problem, DATE_EXPECTATION, value);
  return ok(
    result.value,
    result.warning ? [{ message: result.warning, expected: 'a time zone such as +01:00', found: value }] : undefined,
  );
}

function list(expected: string): Field<string[]>['parse'] {
  return (value) => {
    if (!Array.isArray(value)) return bad('must be a list', expected, value);
    const problems = value.flatMap((item, index): Problem[] =>
      typeof item === 'string' && item.trim() !== ''
        ? []
        : [{ path: [index], message: `item ${index + 1} is not text`, expected: 'text', found: item }],
    );
    return problems.length > 0 ? { ok: false, problems } : ok(value.map((item: string) => item.trim()));
  };
}

function image(value: unknown): Parsed<{ src: string; alt: string }> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bad('has the wrong type', '{ src: /images/…, alt: "…" }', value);
  }
  const { src, alt, ...rest } = value as Record<string, unknown>;
  const problems: Problem[] = [];
  if (typeof src !== 'string' || !src.startsWith('/') || src.startsWith('//')) {
    problems.push({
      path: ['src'],
      message: 'must be a path in public/',
      expected: 'a path such as /images/photo.jpg',
      found: src,
    });
  }
  if (typeof alt !== 'string' || alt.trim() === '') {
    problems.push({
      path: ['alt'],
      message: 'is missing: describe the image for readers who cannot see it',
      expected: 'text',
      found: alt,
    });
  }
  for (const key of Object.keys(rest)) {
    problems.push({ path: [key], message: 'is not an image field', expected: 'src or alt', found: key });
  }
  return problems.length > 0 ? { ok: false, problems } : ok({ src: src as string, alt: (alt as string).trim() });
}

const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const fields = {
  title: { parse: text(), whenMissing: 'required' },
  date: { parse: date, whenMissing: 'required' },
  description: { parse: text(), whenMissing: 'recommended' },
  author: {
    parse: (value): Parsed<string[]> => {
      if (typeof value !== 'string') return list('a name or a list of names')(value);
      const name = text('a name or a list of names')(value);
      return name.ok ? ok([name.value]) : name;
    },
    whenMissing: ok([site.newsroom]),
  },
  tags: { parse: list('a list such as [Cisco, French Tech]'), whenMissing: ok([]) },
  lang: {
    parse: (value): Parsed<string> =>
      typeof value === 'string' && LANG_PATTERN.test(value)
        ? ok(value)
        : bad('is not a language code', 'a code such as fr or en', value),
    whenMissing: ok(site.lang),
  },
  updated: { parse: date, whenMissing: ok(undefined) },
  draft: {
    parse: (value): Parsed<boolean> =>
      typeof value === 'boolean' ? ok(value) : bad('has the wrong type', 'true or false', value),
    whenMissing: ok(false),
  },
  image: { parse: image, whenMissing: ok(undefined) },
} satisfies Record<string, Field<unknown>>;

type FieldName = keyof typeof fields;
type ValueOf<F> = F extends { parse(value: unknown): Parsed<infer T> } ? T : never;

export type ArticleMeta = Omit<{ [K in FieldName]: ValueOf<(typeof fields)[K]> }, 'author' | 'description'> & {
  authors: string[];
  description?: string;
};

export const FIELD_NAMES = Object.keys(fields) as FieldName[];

export type MetaResult = { meta?: ArticleMeta; diagnostics: Diagnostic[] };

/** Validates the front matter of `file`; every problem is reported, not only the first. */
export function parseArticleMeta(frontMatter: FrontMatter, file: string): MetaResult {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Diagnostic['severity'], field: string, problem: Problem) => {
    const path = [field, ...(problem.path ?? [])];
    const { line, column } = frontMatter.locate(path, problem.at);
    diagnostics.push({
      severity,
      file,
      line,
      column,
      subject: path.filter((part) => typeof part === 'string').join('.'),
      message: problem.message,
      expected: problem.expected,
      found: describeFound(problem.found),
    });
  };

  const values: Partial<Record<FieldName, unknown>> = {};
  for (const name of FIELD_NAMES) {
    const field: Field<unknown> = fields[name];
    const raw = frontMatter.data[name];
    let result: Parsed<unknown>;
    if (raw === undefined || raw === null) {
      if (field.whenMissing === 'required' || field.whenMissing === 'recommended') {
        const severity = field.whenMissing === 'required' ? 'error' : 'warning';
        const message =
          field.whenMissing === 'required'
            ? 'is required'
            : 'is missing: it is the lead shown under the title and to search engines';
        report(severity, name, { message, expected: 'a value', found: raw });
        continue;
      }
      result = field.whenMissing;
    } else {
      result = field.parse(raw);
    }
    if (!result.ok) {
      result.problems.forEach((problem) => report('error', name, problem));
      continue;
    }
    result.warnings?.forEach((problem) => report('warning', name, problem));
    values[name] = result.value;
  }

  for (const key of Object.keys(frontMatter.data)) {
    if (FIELD_NAMES.includes(key as FieldName)) continue;
    const suggestion = closestField(key);
    report('error', key, {
      at: 'key',
      message: suggestion ? `is not a known field; did you mean \`${suggestion}\`?` : 'is not a known field',
      expected: `one of ${FIELD_NAMES.join(', ')}`,
      found: key,
    });
  }

  const published = values.date as ArticleDate | undefined;
  const updated = values.updated as ArticleDate | undefined;
  if (published && updated && updated.instant < published.instant) {
    report('error', 'updated', {
      message: 'is before the publication date',
      expected: `a moment after ${published.iso}`,
      found: updated.iso,
    });
  }

  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const { author, ...rest } = values as { [K in FieldName]: ValueOf<(typeof fields)[K]> };
  return { meta: { ...rest, authors: author }, diagnostics };
}

function closestField(key: string): FieldName | undefined {
  let best: { name: FieldName; distance: number } | undefined;
  for (const name of FIELD_NAMES) {
    const distance = editDistance(key.toLowerCase(), name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
