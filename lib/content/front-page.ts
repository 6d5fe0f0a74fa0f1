import { z } from 'zod';
import { problem, type Problem } from '../text/problems';
import type { Article } from './article';
import { fieldsOf, isText, nearest, says, validate, withDefault } from './contract';
import type { Position, YamlFields } from './yaml';
import { parseYamlFields } from './yaml';

/**
 * What the desk puts on the front page: `une.yml` in the content folder, the one file it edits during
 * the day. Its lead story, then the stories that follow it, in order; the newest articles fill what it
 * leaves out. An article is named by its file name (`cisco-french-tech-2015`, or with `.md`, or as its
 * address `/articles/…`).
 */
export const FRONT_PAGE_FILE = 'une.yml';

/** The stories that follow the lead at most: a front page is not a second listing. */
export const MAX_FEATURED = 6;

export interface DeskChoice {
  lead?: string;
  featured: string[];
}

const EXPECTED_ARTICLE = 'the file name of an article, such as cisco-french-tech-2015';

const articleName = z
  .custom<string>(
    (value) => isText(value) && value.trim() !== '',
    says('is not an article', { expected: EXPECTED_ARTICLE }),
  )
  .transform((value) =>
    value
      .trim()
      .replace(/^\/?articles\//, '')
      .replace(/\.md$/, ''),
  );

const deskSchema = fieldsOf(
  {
    lead: withDefault(articleName, undefined),
    featured: withDefault(
      z
        .custom<unknown[]>(Array.isArray, says('must be a list', { expected: '[article-a, article-b]' }))
        .pipe(z.array(articleName).max(MAX_FEATURED, { error: `has more than ${MAX_FEATURED} stories` })),
      [],
    ),
  },
  'is not a part of the front page',
);

export interface WrittenDesk {
  choice: DeskChoice;
  fields?: YamlFields;
  problems: Problem[];
}

/**
 * The desk's choice as written, every problem with its line; what the file leaves out is the newest
 * articles'. A file with a mistake still names its articles as far as they can be read, so that
 * every problem of it is told at once.
 */
export function parseFrontPage(text: string | undefined, file: string): WrittenDesk {
  if (text === undefined || text.trim() === '') return { choice: { featured: [] }, problems: [] };
  const yaml = parseYamlFields(text, file, FRONT_PAGE_FILE);
  if (!yaml.ok) return { choice: { featured: [] }, problems: yaml.problems };
  const { value, problems } = validate(deskSchema, yaml.fields, file);
  return { choice: value ?? legible(yaml.fields.data), fields: yaml.fields, problems };
}

/** The articles a file with a mistake still names clearly. */
function legible({ lead, featured }: Record<string, unknown>): DeskChoice {
  const name = (value: unknown) => articleName.safeParse(value).data;
  return {
    lead: name(lead),
    featured: Array.isArray(featured) ? featured.flatMap((value) => name(value) ?? []) : [],
  };
}

/**
 * The desk's choice, as far as the site can follow it at the build's moment: an article the folder does
 * not have is an error; one that is not out yet (a draft, or scheduled for later) is left out with a
 * warning, and the newest articles take its place until it is out; a story named twice runs once.
 */
export function followDesk(
  { choice, fields, problems: written }: WrittenDesk,
  file: string,
  articles: ReadonlyMap<string, Article>,
): { choice: DeskChoice; problems: Problem[] } {
  const problems: Problem[] = [...written];
  const at = (path: (string | number)[]): Position => fields?.locate(path) ?? { line: 1, column: 1 };
  const seen = new Set<string>();
  const follow = (slug: string, path: (string | number)[]): string | undefined => {
    const place = { file, ...at(path), subject: path.filter((part) => typeof part === 'string').join('.') };
    const article = articles.get(slug);
    if (!article) {
      const suggestion = nearest(slug, [...articles.keys()]);
      const message = `is not an article of the content folder${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
      problems.push(problem({ ...place, message, expected: EXPECTED_ARTICLE, found: JSON.stringify(slug) }));
      return undefined;
    }
    if (article.status !== 'published') {
      const what = article.status === 'draft' ? 'a draft' : `scheduled for ${article.date.iso}`;
      const message = `is not published yet (${what}): the newest articles take its place until it is`;
      problems.push(problem({ ...place, severity: 'warning', message, found: slug }));
      return undefined;
    }
    if (seen.has(slug)) {
      problems.push(
        problem({ ...place, severity: 'warning', message: 'is already on the front page above', found: slug }),
      );
      return undefined;
    }
    seen.add(slug);
    return slug;
  };
  const lead = choice.lead === undefined ? undefined : follow(choice.lead, ['lead']);
  const featured = choice.featured.flatMap((slug, index) => follow(slug, ['featured', index]) ?? []);
  return { choice: { lead, featured }, problems };
}
