import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { generated } from './fixtures';
import { projectRoot } from './processes';

/**
 * What the e2e build is made from, read straight from the files, so tests compare the site with its
 * sources instead of with itself.
 */

/**
 * The article as the newsroom received it (tests/e2e/seed/, kept apart from content/ so the page is
 * compared with an independent source): title, lead, paragraphs, and the tweet's byline on a line of its own.
 */
export const seed = readSeed(path.join(projectRoot, 'tests/e2e/seed/cisco-french-tech-2015.txt'));

function readSeed(file: string) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const bylineIndex = lines.findIndex((line) => line.startsWith('— Manuel Valls (@manuelvalls)'));
  const byline = /^— (.+) \(@(\w+)\) (.+)$/.exec(lines[bylineIndex] ?? '');
  const [title, lead, ...paragraphs] = lines.filter((_, index) => index !== bylineIndex);
  const quote = paragraphs.find((line) => line.startsWith('« Ce partenariat ambitieux'));
  const tweetText = lines[bylineIndex - 1];
  if (!byline?.[1] || !byline[2] || !byline[3] || !title || !lead || !quote || !tweetText) {
    throw new Error(`${file} does not have the expected shape`);
  }
  return { title, lead, paragraphs, quote, tweetText, tweet: { name: byline[1], handle: byline[2], date: byline[3] } };
}

/** The front matter of a Markdown file of content/ or tests/e2e/content/, as the tests need it. */
export interface SourceArticle {
  slug: string;
  title: string;
  /** As written: `2015-02-16T18:00:00+01:00`. */
  date: string;
  updated?: string;
  draft: boolean;
  lang: string;
  tags: string[];
  /** The rubrique as written, if any. */
  section?: string;
  authors: string[];
  image?: { src: string; alt: string };
  /** The type as written (Tribune…), if any. */
  type?: string;
  dateline?: string;
  /** As written, in the file's order. */
  corrections: { date: string; text: string }[];
}

/** When an article last changed, as its file says: its latest update or correction, else its date. */
export function changedAt(article: SourceArticle): string {
  return [article.updated, ...article.corrections.map((correction) => correction.date)]
    .filter((date): date is string => date !== undefined)
    .reduce((latest, date) => (Date.parse(date) > Date.parse(latest) ? date : latest), article.date);
}

const sourceDirs = [path.join(projectRoot, 'content'), path.join(projectRoot, 'tests/e2e/content')];

/** Every article of content/ and of the fixed fixtures, drafts included (not the generated ones). */
export const sourceArticles: SourceArticle[] = sourceDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readSourceArticle(path.join(dir, name))),
);

export function sourceArticle(slug: string): SourceArticle {
  const article = sourceArticles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`no article ${slug} in ${sourceDirs.join(' or ')}`);
  return article;
}

function readSourceArticle(file: string): SourceArticle {
  const { data } = readMarkdown(file);
  const field = (name: string): unknown => data[name];
  const text = (name: string): string | undefined => {
    const value = field(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new Error(`${file}: ${name} is not a string`);
    return value;
  };
  const list = (name: string): string[] => {
    const value = field(name);
    if (value === undefined) return [];
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    return items.map((item) => {
      if (typeof item !== 'string') throw new Error(`${file}: ${name} holds a non-string`);
      return item;
    });
  };
  const title = text('title');
  const date = text('date');
  if (!title || !date) throw new Error(`${file}: title or date missing`);
  const authors = list('author');
  return {
    slug: path.basename(file, '.md'),
    title,
    date,
    updated: text('updated'),
    draft: field('draft') === true,
    lang: text('lang') ?? 'fr',
    tags: list('tags'),
    section: text('section'),
    authors: authors.length > 0 ? authors : ['La rédaction'],
    image: imageOf(field('image')),
    type: text('type'),
    dateline: text('dateline'),
    corrections: correctionsOf(file, field('corrections')),
  };
}

function correctionsOf(file: string, value: unknown): SourceArticle['corrections'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${file}: corrections is not a list`);
  return value.map((item: unknown) => {
    const { date, text } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof date !== 'string' || typeof text !== 'string')
      throw new Error(`${file}: a correction is not { date, text }`);
    return { date, text };
  });
}

/** The front matter of a Markdown file of content/ or the fixtures, as plain data, and its body. */
function readMarkdown(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match?.[1]) throw new Error(`${file}: no front matter`);
  // The yaml package's default (core) schema keeps timestamps as strings, exactly as written.
  const data: unknown = parse(match[1]);
  if (typeof data !== 'object' || data === null) throw new Error(`${file}: front matter is not a mapping`);
  return { data: data as Record<string, unknown>, body: match[2] ?? '' };
}

/** An author's profile of content/auteurs/ or tests/e2e/content/auteurs/, as written. */
export function sourceProfile(slug: string): { data: Record<string, unknown>; body: string } {
  const file = sourceDirs
    .map((dir) => path.join(dir, 'auteurs', `${slug}.md`))
    .find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`no profile ${slug}`);
  return readMarkdown(file);
}

/** The pages of content/pages/, as written, by slug. */
export const sourcePages: { slug: string; title: string; policies: string[] }[] = readdirSync(
  path.join(projectRoot, 'content/pages'),
)
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const { data } = readMarkdown(path.join(projectRoot, 'content/pages', name));
    const policy = data.policy;
    return {
      slug: path.basename(name, '.md'),
      title: String(data.title),
      policies: policy === undefined ? [] : Array.isArray(policy) ? policy.map(String) : [String(policy)],
    };
  });

/** The generated old articles, in the order fixtures.ts numbers them. */
export const archiveSlugs = Array.from(
  { length: generated.archiveCount },
  (_, index) => `archive-${String(index + 1).padStart(2, '0')}`,
);

/** The slugs of every article the site must publish: fixed non-draft articles already due, the fresh one, the archives. */
export function publishedSlugs(now: Date = new Date()): string[] {
  const fixed = sourceArticles
    .filter((article) => !article.draft && Date.parse(article.date) <= now.getTime())
    .map((article) => article.slug);
  return [...fixed, generated.fresh.slug, ...archiveSlugs];
}

/** The articles that must be nowhere: the draft and the scheduled one. */
export const unpublished = [
  ...sourceArticles.filter((article) => article.draft).map(({ slug, title }) => ({ slug, title, why: 'draft' })),
  { ...generated.scheduled, why: 'scheduled' },
];

function imageOf(value: unknown): SourceArticle['image'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const { src, alt } = value as Record<string, unknown>;
  return typeof src === 'string' && typeof alt === 'string' ? { src, alt } : undefined;
}
