import type { SiteReference } from '../markdown/references';
import { renderMarkdown } from '../markdown/render';
import { RESERVED_SEGMENTS, tagPath } from '../paths';
import { compareProblems, isError, problem, type Problem } from '../text/problems';
import { isSlug, slugify, tagSlug } from '../text/slugs';
import { countWords, newestFirst, publicationStatus, revisionOf, type Article } from './article';
import { memoryBodies, type BodyStore } from './bodies';
import { nearest } from './contract';
import { authorFacet } from './catalog';
import { followDesk, FRONT_PAGE_FILE, parseFrontPage, type DeskChoice } from './front-page';
import { splitFrontMatter, type FrontMatter } from './frontmatter';
import { templatePlaceholders } from './new-article';
import { bodyPicture, FilePhotos, photoReader } from './photo';
import type { FileContext } from './markdown-file';
import { footerPages, policyPages, readPaperPage, type PaperFiles, type ReadPage } from './paper-pages';
import { readProfile, type AuthorProfile, type ReadProfile } from './profiles';
import { parseArticleMeta } from './schema';
import { parseSettings, type SiteSettings } from './settings';
import type { PlacedTag, ReadCache, ReadResult } from './read-cache';
import type { ProbeCache } from '../media/probe-cache';
import { contentDirectory, publicFileExists, readSourceFiles, type SourceFile } from './source';

export interface ContentReport {
  settings: SiteSettings;
  /** Every article that can be published, drafts and scheduled ones included (their `status` says), newest first. */
  articles: Article[];
  /** The authors' profiles and the paper's own pages that hold no error, the footer's pages and the policies. */
  paper: PaperFiles;
  /** The desk's choice for the front page, as far as the articles allow (front-page.ts). */
  desk: DeskChoice;
  problems: Problem[];
  /** Where the articles' bodies are (Article.body is a key of it). */
  bodies: BodyStore;
}

export interface LoadOptions {
  /** The moment the site is published at: what is dated after it is scheduled. Now, by default. */
  at?: Date;
  /** Where rendered bodies go; in memory by default. */
  bodies?: BodyStore;
  /** Photos' headers read before, by their file's stat: a check reads only the photos that changed. */
  probes?: ProbeCache;
  /** What each file gave at the last build: only the files that changed are read and rendered again. */
  reads?: ReadCache;
}

/** Reads, validates and renders every file of the content folder, and reports every problem found. */
export function loadContent(
  directory: string = contentDirectory(),
  { at = new Date(), bodies = memoryBodies(), probes, reads }: LoadOptions = {},
): ContentReport {
  const source = readSourceFiles(directory, { unchanged: reads?.unchanged });
  const { settings: settingsFile, frontPage: frontPageFile } = source.siteFiles;
  const settingsName = settingsFile?.name ?? directory;
  const {
    settings,
    problems: settingsProblems,
    fields: settingsFields,
  } = parseSettings(settingsFile?.text, settingsName);
  const problems = [...source.problems, ...settingsProblems, ...slugProblems(source.files)];
  const photos = photoReader(directory, probes);
  const context: ReadContext = { settings, at, bodies, photos };
  reads?.useSettings(settings);
  const read = source.files.map((file) =>
    reads ? readThrough(reads, file, context) : readArticleSafely(file, context),
  );
  const profiles = readEach<ReadProfile>(source.profiles, (file) => readProfile(file, context), nothingRead);
  const pages = readEach<ReadPage>(source.pages, (file) => readPaperPage(file, context), nothingRead);
  const articles = read.flatMap((result) => (result.article ? [result.article] : []));
  const links: LinkTargets = {
    stems: new Set(source.files.map((file) => file.stem)),
    articles: new Map(articles.map((article) => [article.slug, article])),
    pages: new Set(source.pages.map((file) => file.stem)),
  };
  for (const result of [...read, ...profiles, ...pages]) {
    problems.push(...result.problems, ...referenceProblems(result.references, result.file, links));
  }
  problems.push(...tagProblems(read));
  // An article is ready only if nothing is wrong with it, its file name and its links included.
  const faulty = new Set(problems.filter(isError).map((p) => p.file));
  const ready = withCommonSpellings(articles.filter((article) => !faulty.has(article.file)).sort(newestFirst));
  const frontPageName = frontPageFile?.name ?? FRONT_PAGE_FILE;
  const desk = followDesk(
    parseFrontPage(frontPageFile?.text, frontPageName),
    frontPageName,
    new Map(ready.map((article) => [article.slug, article])),
  );
  problems.push(...desk.problems);
  const soundProfiles = profiles.flatMap(({ profile }) => (profile && !faulty.has(profile.file) ? [profile] : []));
  problems.push(...unpublishedAuthors(soundProfiles, ready));
  const soundPages = pages.flatMap(({ page, policyAt }) =>
    page && !faulty.has(page.file) ? [{ page, policyAt }] : [],
  );
  const policies = policyPages(soundPages);
  const footer = footerPages(
    soundPages.map(({ page }) => page),
    settings.footer,
    { file: settingsName, stems: new Set(source.pages.map((file) => file.stem)) },
    (index) => settingsFields?.locate(['footer', index]) ?? { line: 1, column: 1 },
  );
  problems.push(...policies.problems, ...footer.problems);
  return {
    settings,
    articles: ready,
    paper: {
      profiles: soundProfiles,
      pages: soundPages.map(({ page }) => page),
      footer: footer.footer.map((page) => page.slug),
      policies: Object.fromEntries(Object.entries(policies.policies).map(([policy, page]) => [policy, page.slug])),
    },
    desk: desk.choice,
    problems: problems.sort(compareProblems),
    bodies,
  };
}

/** A profile is shown on its author's page, which exists once the author has a published article. */
function unpublishedAuthors(profiles: AuthorProfile[], articles: Article[]): Problem[] {
  const published = new Set(
    articles.flatMap((article) =>
      article.status === 'published' ? article.authors.flatMap((name) => authorFacet(name)?.slug ?? []) : [],
    ),
  );
  return profiles
    .filter((profile) => !published.has(profile.slug))
    .map((profile) =>
      problem({
        severity: 'warning',
        file: profile.file,
        subject: 'name',
        message: `has no published article yet: the page /auteurs/${profile.slug} comes with the first`,
        expected: `an article with author: ${profile.name}`,
      }),
    );
}

/** What reading one file needs beside the file: the settings, the site's moment, where bodies go, the photos. */
interface ReadContext extends FileContext {
  at: Date;
}

/** Every file of the folder, valid or not, the articles that loaded, and the names of the pages of pages/. */
type LinkTargets = { stems: Set<string>; articles: Map<string, Article>; pages: Set<string> };

/**
 * Every link to an article must lead to one, a link to the top of the site (`/a-propos`) to a page of
 * the paper or a page of the site's own, a link to a file to one of public/ (photos are checked with
 * the file that shows them: photo.ts).
 */
function referenceProblems(references: SiteReference[], file: string, targets: LinkTargets): Problem[] {
  return references.flatMap((reference): Problem[] => {
    const at = { file, line: reference.line, column: reference.column, found: reference.path };
    const top = /^\/([^/.]+)\/?$/.exec(reference.path)?.[1];
    if (top !== undefined && reference.kind === 'link' && !RESERVED_SEGMENTS.has(top) && !targets.pages.has(top)) {
      const suggestion = nearest(top, [...targets.pages]);
      const message = `points to no page of the site${suggestion ? `; did you mean \`/${suggestion}\`?` : ''}`;
      const expected = 'the address of a page of pages/, such as /a-propos, or of an article';
      return [problem({ ...at, subject: 'link', message, expected })];
    }
    const article = /^\/articles\/([^/]+)\/?$/.exec(reference.path)?.[1];
    if (article !== undefined && reference.kind === 'link') {
      const target = targets.articles.get(article);
      if (!targets.stems.has(article)) {
        const expected = 'the address of an article in the content folder';
        return [problem({ ...at, subject: 'link', message: 'points to no article', expected })];
      }
      if (target && target.status !== 'published') {
        const message = `points to an article that is not published yet (${target.status === 'draft' ? 'a draft' : 'scheduled'})`;
        return [problem({ ...at, severity: 'warning', subject: 'link', message })];
      }
      return [];
    }
    const isFile = reference.kind === 'link' && /\.[a-z0-9]{2,5}$/i.test(reference.path);
    if (isFile && !reference.path.startsWith('/articles/') && !publicFileExists(reference.path)) {
      const message = 'points to a file that is not in public/';
      return [problem({ ...at, subject: reference.kind, message, expected: `a file public${reference.path}` })];
    }
    return [];
  });
}

/** A file as the last build read it, if nothing it depends on changed; else read now. Its status is of this moment. */
function readThrough(reads: ReadCache, file: SourceFile, context: ReadContext): ReadResult {
  const photoDigest = (sitePath: string) => JSON.stringify(context.photos(sitePath));
  const result = reads.read(file, { photoDigest, hasBody: (key) => context.bodies.has(key) }, (asked) =>
    readArticleSafely(file, {
      ...context,
      photos: (sitePath) => {
        asked(sitePath);
        return context.photos(sitePath);
      },
    }),
  );
  return result.article
    ? { ...result, article: { ...result.article, status: publicationStatus(result.article, context.at) } }
    : result;
}

function readArticleSafely(file: SourceFile, context: ReadContext): ReadResult {
  return readSafely(
    file,
    () => readArticle(file, context),
    (failed) => ({ problems: failed, references: [], tags: [], file: file.name }),
  );
}

/** Each of `files` read safely, with its name; `failed` makes what a file that failed gives. */
function readEach<R>(files: SourceFile[], read: (file: SourceFile) => R, failed: (problems: Problem[]) => R) {
  return files.map((file) => ({ file: file.name, ...readSafely(file, () => read(file), failed) }));
}

/** What a profile or a page that could not be checked gives: its one problem. */
const nothingRead = (problems: Problem[]): { problems: Problem[]; references: SiteReference[] } => ({
  problems,
  references: [],
});

/**
 * One file's failure, whatever it is, is that file's problem: it never stops the others from being
 * checked. `failed` makes what `read` would have returned of a file that holds only that problem.
 */
function readSafely<R>(file: SourceFile, read: () => R, failed: (problems: Problem[]) => R): R {
  try {
    return read();
  } catch (cause) {
    return failed([
      problem({
        file: file.name,
        subject: 'file',
        message: 'could not be checked: Kiosque failed on it; please report it, with the file',
        found: cause instanceof Error ? cause.name : typeof cause,
      }),
    ]);
  }
}

function readArticle(file: SourceFile, { settings, at, bodies, photos }: ReadContext): ReadResult {
  const done = (
    problems: Problem[],
    article?: Article,
    references: SiteReference[] = [],
    tags: PlacedTag[] = [],
  ): ReadResult => ({ article, problems, references, tags, file: file.name });
  const split = splitFrontMatter(file.text, file.name);
  if (!split.ok) return done(split.problems);
  const { frontMatter } = split;
  const { meta, problems } = parseArticleMeta(frontMatter, file.name, settings);
  const body = renderMarkdown(frontMatter.body, {
    lang: meta?.lang ?? settings.lang,
    file: file.name,
    firstLine: frontMatter.bodyStartLine,
    photo: bodyPicture(photos),
    dateline: meta?.dateline,
  });
  problems.push(...body.problems, ...placeholderWarnings(file.name, frontMatter, meta?.description));
  // A tag written twice in one article (`[Cisco, cisco]`) is listed once.
  const tags = (meta?.tags ?? [])
    .map((name, index) => ({ name, slug: tagSlug(name), ...frontMatter.locate(['tags', index]) }))
    .filter(
      (tag, index, all) =>
        all.findIndex((other) => other.slug === tag.slug && spellingKey(other.name) === spellingKey(tag.name)) ===
        index,
    );
  for (const tag of tags.filter(({ slug }) => slug === '')) {
    problems.push(
      problem({
        file: file.name,
        line: tag.line,
        column: tag.column,
        subject: 'tags',
        message: 'has a tag with no letter or digit',
        expected: 'a word such as Cisco',
        found: JSON.stringify(tag.name),
      }),
    );
  }
  const references = [...body.references];
  const filePhotos = new FilePhotos(photos, file.name, problems);
  filePhotos.body(body.references);
  const image = meta?.image && filePhotos.lead(meta.image, frontMatter);
  if (!meta || problems.some(isError)) return done(problems, undefined, references, tags);
  const { type, section, ...fields } = meta;
  const article: Omit<Article, 'revision'> = {
    ...fields,
    image,
    tags: tags.map(({ name, slug }) => ({ name, slug })),
    section: section === undefined ? undefined : { name: section, slug: tagSlug(section) },
    type: settings.types.find((candidate) => candidate.name === type),
    slug: file.stem,
    file: file.name,
    body: bodies.put(body.html),
    words: countWords(body.html),
    status: publicationStatus(meta, at),
    photos: filePhotos.used,
  };
  return done(problems, { ...article, revision: revisionOf(article) }, references, tags);
}

/**
 * Tags written with other capitals or accents are one tag (`Cisco`, `cisco`; `Économie`, `Economie`),
 * and tags whose letters or symbols differ are different tags (`C`, `C++`, `C#`: see tagSlug). What is
 * left is two different spellings that still give one address (`C++` and `C plus plus`): an error at the
 * second one met, in file order, naming the first, its file and its line.
 */
function tagProblems(read: ReadResult[]): Problem[] {
  const first = new Map<string, { name: string; file: string; line: number }>();
  const problems: Problem[] = [];
  for (const { file, tags } of read) {
    for (const { name, slug, line, column } of tags) {
      if (!slug) continue;
      const other = first.get(slug);
      if (!other) {
        first.set(slug, { name, file, line });
        continue;
      }
      if (other.name === name || spellingKey(other.name) === spellingKey(name)) continue;
      problems.push(
        problem({
          file,
          line,
          column,
          subject: 'tags',
          message: `gives the same address as the tag ${JSON.stringify(other.name)} (${other.file === file ? 'line ' : `${other.file}:`}${other.line})`,
          expected: 'one spelling of a tag, or tags whose addresses differ',
          found: `${JSON.stringify(name)}, ${tagPath(slug)}`,
        }),
      );
    }
  }
  return problems;
}

/**
 * What stays of a spelling once capitals, accents and the spaces or hyphens between words are set
 * aside: `Économie` and `economie`, `French Tech` and `french-tech` agree; `.NET` and `Net` do not.
 */
function spellingKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * Every article names each of its tags and authors by the spelling most articles use, so that one tag
 * has one name on its page, in each article and in the feeds (ties go to the spelling met first in the
 * newest articles: `articles` come newest first). An article already spelled so is kept as it is.
 */
function withCommonSpellings(articles: Article[]): Article[] {
  const authorKey = (name: string) => `author:${tagSlug(name)}`;
  const spellings = new Map<string, Map<string, number>>();
  const count = (key: string, name: string) => {
    const names = spellings.get(key) ?? new Map<string, number>();
    spellings.set(key, names.set(name, (names.get(name) ?? 0) + 1));
  };
  for (const article of articles) {
    for (const tag of article.tags) count(`tag:${tag.slug}`, tag.name);
    for (const name of article.authors) count(authorKey(name), name);
  }
  const common = new Map(
    [...spellings].map(([key, names]) => [
      key,
      [...names].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0],
    ]),
  );
  const tagName = (tag: Article['tags'][number]) => common.get(`tag:${tag.slug}`) ?? tag.name;
  const authorName = (name: string) => common.get(authorKey(name)) ?? name;
  return articles.map((article) =>
    article.tags.every((tag) => tagName(tag) === tag.name) && article.authors.every((name) => authorName(name) === name)
      ? article
      : {
          ...article,
          tags: article.tags.map((tag) => ({ ...tag, name: tagName(tag) })),
          authors: article.authors.map(authorName),
        },
  );
}

/** The template of `npm run new` is valid as it is: its placeholders are warned about until they are replaced. */
function placeholderWarnings(file: string, frontMatter: FrontMatter, description: string | undefined): Problem[] {
  const warning = (subject: keyof typeof templatePlaceholders, line: number, column: number) =>
    problem({
      severity: 'warning',
      file,
      line,
      column,
      subject,
      message: 'is still the placeholder of the template: write your own',
      found: JSON.stringify(templatePlaceholders[subject]),
    });
  const warnings: Problem[] = [];
  if (description === templatePlaceholders.description) {
    const { line, column } = frontMatter.locate(['description']);
    warnings.push(warning('description', line, column));
  }
  const bodyLines = frontMatter.body.split('\n');
  const placeholderLine = bodyLines.findIndex((line) => line.trim() === templatePlaceholders.body);
  if (placeholderLine >= 0) warnings.push(warning('body', frontMatter.bodyStartLine + placeholderLine, 1));
  return warnings;
}

function slugProblems(files: SourceFile[]): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, SourceFile>();
  for (const file of files) {
    if (!isSlug(file.stem)) {
      problems.push(
        problem({
          file: file.name,
          subject: 'file name',
          message: 'is not a valid slug: it becomes the article’s address',
          expected: `lowercase letters, digits and hyphens, such as ${slugify(file.stem) || 'mon-article'}.md`,
          found: `${file.stem}.md`,
        }),
      );
    }
    const key = slugify(file.stem);
    const other = byKey.get(key);
    if (other) {
      problems.push(
        problem({
          file: file.name,
          subject: 'file name',
          message: `gives the same address as ${other.name}`,
          expected: 'one file per address',
          found: `${other.name} and ${file.name}`,
        }),
      );
    } else {
      byKey.set(key, file);
    }
  }
  return problems;
}
