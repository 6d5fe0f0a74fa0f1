import { createHash } from 'node:crypto';
import type { ArticleDate } from '../text/dates';
import type { Facet } from '../text/slugs';
import type { Picture, PhotoSource, Variant } from '../media/variants';
import type { ArticleMeta, ImageMeta } from './schema';
import type { ArticleType } from './settings';

/**
 * An article as the site publishes it: the front-matter contract's output (schema.ts), with what the
 * rest of the file and the folder tell (its slug, its rendered body, its photo's size, where it stands
 * at the build's moment). Every layer above the content reads this type; the rules that order and date
 * articles live beside it.
 */
export type Tag = Facet;

export type PublicationStatus = 'published' | 'draft' | 'scheduled';

/** The lead photo: what the front matter says of it, and the files the build derives from it (lib/media). */
export interface ArticleImage extends ImageMeta {
  /** As displayed (upright, whatever its EXIF orientation). */
  width: number;
  height: number;
  /** The whole photo, at every width of the ladder. */
  picture: Picture;
  /** A 3:2 crop around its focus, for teasers. */
  thumb: Picture;
  /** The crops crawlers are given: the 1200 × 630 share image, 16:9, 4:3 and 1:1 for structured data. */
  social: { openGraph: Variant; structured: Variant[] };
}

export interface Article extends Omit<ArticleMeta, 'tags' | 'image' | 'section' | 'type'> {
  slug: string;
  /** The lead photo, with its size read from the file so the page does not jump as it loads. */
  image?: ArticleImage;
  /** The file it comes from, as the editor knows it. */
  file: string;
  tags: Tag[];
  /** The rubrique, one of the site's sections. */
  section?: Tag;
  /** What kind of article it is (Analyse, Tribune…), when the editor says. */
  type?: ArticleType;
  /** The rendered, sanitized body, by its key in the body store (bodies.ts): bodies are read when a page shows one. */
  body: string;
  /** How many words the body has: its reading time, and whether it is a brief. */
  words: number;
  /** Where it stands at the moment the site is published: drafts and scheduled articles are only previewed. */
  status: PublicationStatus;
  /** Every photo it shows, its lead photo included: the build derives their files. */
  photos: PhotoSource[];
  /**
   * A digest of everything above but its status, the same from one build to the next while the file
   * and what it shows stay the same: a page's key compares it instead of all the article holds.
   */
  revision: string;
}

/** An article's revision (see Article): the digest of its fields but its status. */
export function revisionOf(article: Omit<Article, 'revision'>): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...article, status: undefined }))
    .digest('base64url');
}

/** Where an article stands at `now`: a draft, scheduled for a date still to come, or out for readers. */
export function publicationStatus(article: Pick<Article, 'draft' | 'date'>, now: Date): PublicationStatus {
  if (article.draft) return 'draft';
  return article.date.instant.getTime() > now.getTime() ? 'scheduled' : 'published';
}

export function newestFirst(a: Article, b: Article): number {
  return b.date.instant.getTime() - a.date.instant.getTime() || a.slug.localeCompare(b.slug);
}

/** What has a publication date and maybe an update or corrections: an article, and what pages show of it. */
type Dated = { date: ArticleDate; updated?: ArticleDate; corrections?: readonly { date: ArticleDate }[] };

/** When an article last changed: its latest update or correction, or its publication date. */
export function changedAt(article: Dated): ArticleDate {
  let latest = article.updated ?? article.date;
  for (const { date } of article.corrections ?? [])
    if (date.instant.getTime() > latest.instant.getTime()) latest = date;
  return latest;
}

/** When the latest of `articles` last changed; undefined for none. */
export function lastChange(articles: readonly Dated[]): ArticleDate | undefined {
  let latest: ArticleDate | undefined;
  for (const article of articles) {
    const date = changedAt(article);
    if (!latest || date.instant.getTime() > latest.instant.getTime()) latest = date;
  }
  return latest;
}

/** The words of a rendered body, as a reader counts them. */
export function countWords(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Words a reader reads in a minute, in a newspaper: the usual estimate for adults reading for meaning. */
const WORDS_PER_MINUTE = 230;

/** The minutes a body of `words` words takes to read, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
