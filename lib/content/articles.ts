import { site } from '../site';
import type { ArticleDate } from './dates';
import { ContentError, formatDiagnostic } from './diagnostics';
import { loadContent, type Article, type Tag } from './load';
import { isPublished } from './publication';
import { contentDirectory, folderSignature } from './source';

/**
 * What the site publishes, and the rules for it, in one place: pages, feeds and sitemaps ask here
 * and never filter or sort articles themselves.
 */
export type { Article, Tag } from './load';

/** In `next dev`, editors preview drafts and scheduled articles; a production build publishes neither. */
function previewing(): boolean {
  return process.env.NODE_ENV === 'development';
}

/**
 * What a read of the folder stays valid for. In `next dev`, until a file changes, so an edit shows
 * on the next load; in a build the files do not change, and statting every file for every page
 * would cost a large site seconds.
 */
function cacheKey(): string {
  const directory = contentDirectory();
  return previewing() ? `${directory}\n${folderSignature(directory)}` : directory;
}

let cache: { key: string; articles: Article[] } | undefined;

/** Every article, drafts included; throws a ContentError naming every problem if any file is wrong. */
export function getAllArticles(): Article[] {
  const key = cacheKey();
  if (cache?.key === key) return cache.articles;
  const { articles, diagnostics } = loadContent();
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) console.warn(warnings.map(formatDiagnostic).join('\n'));
  if (warnings.length < diagnostics.length) throw new ContentError(diagnostics);
  cache = { key, articles };
  return articles;
}

/** What readers see, newest first. */
export function getPublishedArticles(): Article[] {
  return getAllArticles().filter((article) => previewing() || isPublished(article));
}

export function getArticle(slug: string): Article | undefined {
  return getPublishedArticles().find((article) => article.slug === slug);
}

/**
 * Up to `limit` other published articles for "À lire aussi": those sharing the most tags first,
 * the newest first among equals; none that share no tag.
 */
export function getRelatedArticles(article: Article, limit = 3): Article[] {
  const tags = new Set(article.tags.map((tag) => tag.slug));
  return getPublishedArticles()
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => tags.has(tag.slug)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other);
}

/** Every tag of a published article, by name. */
export function getTags(): Tag[] {
  const tags = new Map<string, Tag>();
  for (const article of getPublishedArticles()) {
    for (const tag of article.tags) if (!tags.has(tag.slug)) tags.set(tag.slug, tag);
  }
  return [...tags.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

export function getArticlesByTag(slug: string): { tag: Tag; articles: Article[] } | undefined {
  const articles = getPublishedArticles().filter((article) => article.tags.some((tag) => tag.slug === slug));
  const tag = articles[0]?.tags.find((candidate) => candidate.slug === slug);
  return tag ? { tag, articles } : undefined;
}

export interface ListingPage {
  page: number;
  pageCount: number;
  articles: Article[];
}

/** Page `page` (from 1) of the published articles, or undefined past the last one. */
export function getListingPage(page: number, pageSize: number = site.pageSize): ListingPage | undefined {
  const articles = getPublishedArticles();
  const pageCount = Math.max(1, Math.ceil(articles.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { page, pageCount, articles: articles.slice((page - 1) * pageSize, page * pageSize) };
}

/** When an article last changed: its `updated` date, or its publication date. */
export function changedAt(article: Article): ArticleDate {
  return article.updated ?? article.date;
}

/** When the latest of `articles` last changed; undefined for none. */
export function lastChange(articles: Article[]): ArticleDate | undefined {
  return articles
    .map(changedAt)
    .reduce<ArticleDate | undefined>(
      (latest, date) => (!latest || date.instant > latest.instant ? date : latest),
      undefined,
    );
}

/** The `[slug]` params of every page built for an article, and of nothing else. */
export function publishedArticleParams(): { slug: string }[] {
  return getPublishedArticles().map((article) => ({ slug: article.slug }));
}
