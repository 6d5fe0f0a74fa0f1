import type { ArticleDate } from '../text/dates';
import type { Facet } from '../text/slugs';
import type { ArticleMeta } from './schema';

/**
 * An article as the site publishes it: the front-matter contract's output (schema.ts), with what the
 * rest of the file and the folder tell (its slug, its rendered body, its photo's size). Every layer
 * above the content reads this type; the rules that order and date articles live beside it.
 */
export type Tag = Facet;

export interface ArticleImage {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** What the photo shows, in the newspaper's words, under it. */
  caption?: string;
  /** Who took it, or the agency: "© AFP". */
  credit?: string;
  /** The point a crop keeps, in fractions of the width and height from the top left. */
  focus?: { x: number; y: number };
}

export interface Article extends Omit<ArticleMeta, 'tags' | 'image' | 'section'> {
  slug: string;
  /** The lead photo, with its size read from the file so the page does not jump as it loads. */
  image?: ArticleImage;
  /** The file it comes from, as the editor knows it. */
  file: string;
  tags: Tag[];
  /** The rubrique, one of the site's sections. */
  section?: Tag;
  /** The body, rendered and sanitized. */
  html: string;
}

export function newestFirst(a: Article, b: Article): number {
  return b.date.instant.getTime() - a.date.instant.getTime() || a.slug.localeCompare(b.slug);
}

/** When an article last changed: its `updated` date, or its publication date. */
export function changedAt(article: Article): ArticleDate {
  return article.updated ?? article.date;
}

/** When the latest of `articles` last changed; undefined for none. */
export function lastChange(articles: readonly Article[]): ArticleDate | undefined {
  let latest: ArticleDate | undefined;
  for (const article of articles) {
    const date = changedAt(article);
    if (!latest || date.instant > latest.instant) latest = date;
  }
  return latest;
}
