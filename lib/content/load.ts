import type { SiteReference } from '../markdown/references';
import { renderMarkdown } from '../markdown/render';
import { tagPath } from '../site';
import { newestFirst, type Article, type ArticleImage, type Tag } from './article';
import { compareDiagnostics, type Diagnostic } from '../text/diagnostics';
import { splitFrontMatter, type FrontMatter } from './frontmatter';
import { templatePlaceholders } from './new-article';
import { isPublished } from './publication';
import { parseArticleMeta } from './schema';
import { isSlug, slugify, tagSlug } from '../text/slugs';
import { contentDirectory, publicFileExists, publicImageSize, readSourceFiles, type SourceFile } from './source';

export interface ContentReport {
  articles: Article[];
  diagnostics: Diagnostic[];
}

/** Reads, validates and renders every file of the content folder, and reports every problem found. */
export function loadContent(directory: string = contentDirectory()): ContentReport {
  const source = readSourceFiles(directory);
  const diagnostics = [...source.diagnostics, ...slugProblems(source.files)];
  const read = source.files.map(readSafely);
  const articles = read.flatMap((result) => (result.article ? [result.article] : []));
  const links: LinkTargets = {
    stems: new Set(source.files.map((file) => file.stem)),
    articles: new Map(articles.map((article) => [article.slug, article])),
  };
  for (const result of read) {
    diagnostics.push(...result.diagnostics, ...referenceProblems(result.references, result.file, links));
  }
  diagnostics.push(...tagProblems(read));
  // An article is ready only if nothing is wrong with it, its file name and its links included.
  const faulty = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const ready = articles.filter((article) => !faulty.has(article.file));
  return { articles: ready.sort(newestFirst), diagnostics: diagnostics.sort(compareDiagnostics) };
}

/** A tag with where the editor wrote it. */
type PlacedTag = Tag & { line: number; column: number };
type ReadResult = {
  article?: Article;
  diagnostics: Diagnostic[];
  references: SiteReference[];
  tags: PlacedTag[];
  file: string;
};
/** Every file of the folder, valid or not, and the articles that loaded. */
type LinkTargets = { stems: Set<string>; articles: Map<string, Article> };

/** Every link to an article must lead to one, every image and file must be in public/. */
function referenceProblems(references: SiteReference[], file: string, targets: LinkTargets): Diagnostic[] {
  return references.flatMap((reference): Diagnostic[] => {
    const at = { file, line: reference.line, column: reference.column, found: reference.path };
    const article = /^\/articles\/([^/]+)\/?$/.exec(reference.path)?.[1];
    if (article !== undefined && reference.kind === 'link') {
      const target = targets.articles.get(article);
      if (!targets.stems.has(article))
        return [
          {
            ...at,
            severity: 'error',
            subject: 'link',
            message: 'points to no article',
            expected: 'the address of an article in the content folder',
          },
        ];
      if (target && !isPublished(target))
        return [
          {
            ...at,
            severity: 'warning',
            subject: 'link',
            message: `points to an article that is not published yet (${target.draft ? 'a draft' : 'scheduled'})`,
          },
        ];
      return [];
    }
    const isFile = reference.kind === 'image' || /\.[a-z0-9]{2,5}$/i.test(reference.path);
    if (isFile && !reference.path.startsWith('/articles/') && !publicFileExists(reference.path)) {
      return [
        {
          ...at,
          severity: 'error',
          subject: reference.kind,
          message: 'points to a file that is not in public/',
          expected: `a file public${reference.path}`,
        },
      ];
    }
    return [];
  });
}

/** One file's failure, whatever it is, is that file's problem: it never stops the others from being checked. */
function readSafely(file: SourceFile): ReadResult {
  try {
    return readArticle(file);
  } catch (cause) {
    const diagnostic: Diagnostic = {
      severity: 'error',
      file: file.name,
      subject: 'file',
      message: 'could not be checked: Kiosque failed on it; please report it, with the file',
      found: cause instanceof Error ? cause.name : typeof cause,
    };
    return { diagnostics: [diagnostic], references: [], tags: [], file: file.name };
  }
}

function readArticle(file: SourceFile): ReadResult {
  const done = (
    diagnostics: Diagnostic[],
    article?: Article,
    references: SiteReference[] = [],
    tags: PlacedTag[] = [],
  ): ReadResult => ({ article, diagnostics, references, tags, file: file.name });
  const split = splitFrontMatter(file.text, file.name);
  if (!split.ok) return done(split.diagnostics);
  const { frontMatter } = split;
  const { meta, diagnostics } = parseArticleMeta(frontMatter, file.name);
  const body = renderMarkdown(frontMatter.body, {
    lang: meta?.lang ?? 'fr',
    file: file.name,
    firstLine: frontMatter.bodyStartLine,
    imageSize: publicImageSize,
  });
  diagnostics.push(...body.diagnostics, ...placeholderWarnings(file.name, frontMatter, meta?.description));
  const tags = (meta?.tags ?? []).map((name, index) => ({
    name,
    slug: tagSlug(name),
    ...frontMatter.locate(['tags', index]),
  }));
  for (const tag of tags.filter(({ slug }) => slug === '')) {
    diagnostics.push({
      severity: 'error',
      file: file.name,
      line: tag.line,
      column: tag.column,
      subject: 'tags',
      message: 'has a tag with no letter or digit',
      expected: 'a word such as Cisco',
      found: JSON.stringify(tag.name),
    });
  }
  const references = [...body.references];
  let image: ArticleImage | undefined;
  if (meta?.image) {
    const { line, column } = frontMatter.locate(['image', 'src']);
    references.push({ kind: 'image', path: meta.image.src, line, column });
    const size = publicImageSize(meta.image.src);
    if (size) image = { ...meta.image, ...size };
    else if (publicFileExists(meta.image.src)) {
      diagnostics.push({
        severity: 'error',
        file: file.name,
        line,
        column,
        subject: 'image',
        message: 'is not an image the site can show',
        expected: 'a JPEG, PNG, WebP, AVIF, GIF or SVG file',
        found: meta.image.src,
      });
    }
  }
  if (!meta || diagnostics.some((d) => d.severity === 'error')) return done(diagnostics, undefined, references, tags);
  const article: Article = {
    ...meta,
    image,
    tags: tags.map(({ name, slug }) => ({ name, slug })),
    section: meta.section === undefined ? undefined : { name: meta.section, slug: tagSlug(meta.section) },
    slug: file.stem,
    file: file.name,
    html: body.html,
  };
  return done(diagnostics, article, references, tags);
}

/**
 * Each tag has its page: two tags written differently must not share one address (`C++` and `C`
 * both give /tags/c). The second one met, in file order, is the error, naming the first.
 */
function tagProblems(read: ReadResult[]): Diagnostic[] {
  const first = new Map<string, { name: string; file: string }>();
  const problems: Diagnostic[] = [];
  for (const { file, tags } of read) {
    for (const { name, slug, line, column } of tags) {
      const other = first.get(slug);
      if (!slug || other?.name === name) continue;
      if (!other) {
        first.set(slug, { name, file });
        continue;
      }
      problems.push({
        severity: 'error',
        file,
        line,
        column,
        subject: 'tags',
        message: `gives the same address as the tag ${JSON.stringify(other.name)}${other.file === file ? '' : ` of ${other.file}`}`,
        expected: `one spelling of a tag, or tags whose addresses differ`,
        found: `${JSON.stringify(name)}, ${tagPath(slug)}`,
      });
    }
  }
  return problems;
}

/** The template of `npm run new` is valid as it is: its placeholders are warned about until they are replaced. */
function placeholderWarnings(file: string, frontMatter: FrontMatter, description: string | undefined): Diagnostic[] {
  const warning = (subject: string, line: number, column: number): Diagnostic => ({
    severity: 'warning',
    file,
    line,
    column,
    subject,
    message: 'is still the placeholder of the template: write your own',
    found: JSON.stringify(templatePlaceholders[subject as keyof typeof templatePlaceholders]),
  });
  const warnings: Diagnostic[] = [];
  if (description === templatePlaceholders.description) {
    const { line, column } = frontMatter.locate(['description']);
    warnings.push(warning('description', line, column));
  }
  const bodyLines = frontMatter.body.split('\n');
  const placeholderLine = bodyLines.findIndex((line) => line.trim() === templatePlaceholders.body);
  if (placeholderLine >= 0) warnings.push(warning('body', frontMatter.bodyStartLine + placeholderLine, 1));
  return warnings;
}

function slugProblems(files: SourceFile[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const byKey = new Map<string, SourceFile>();
  for (const file of files) {
    if (!isSlug(file.stem)) {
      problems.push({
        severity: 'error',
        file: file.name,
        subject: 'file name',
        message: 'is not a valid slug: it becomes the article’s address',
        expected: `lowercase letters, digits and hyphens, such as ${slugify(file.stem) || 'mon-article'}.md`,
        found: `${file.stem}.md`,
      });
    }
    const key = slugify(file.stem);
    const other = byKey.get(key);
    if (other) {
      problems.push({
        severity: 'error',
        file: file.name,
        subject: 'file name',
        message: `gives the same address as ${other.name}`,
        expected: 'one file per address',
        found: `${other.name} and ${file.name}`,
      });
    } else {
      byKey.set(key, file);
    }
  }
  return problems;
}
