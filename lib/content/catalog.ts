import type { ArticleDate } from './dates';
import type { Article, Tag } from './load';

/**
 * What the site publishes, indexed once: every lookup a page makes is O(1) or O(its own result), so
 * a build of n articles does O(n) work in all (a linear scan per page would make it quadratic).
 */
export interface ListingPage {
  page: number;
  pageCount: number;
  articles: Article[];
}

export interface TagListing extends ListingPage {
  tag: Tag;
}

/**
 * "À lire aussi" looks at most this many articles of each tag, the nearest in time to the article:
 * a tag the whole archive shares must not make every page scan the whole archive.
 */
const RELATED_WINDOW = 64;

export class Catalog {
  /** Newest first. */
  readonly articles: readonly Article[];
  private readonly bySlug: Map<string, Article>;
  /** Each tag's articles, newest first. */
  private readonly byTag: Map<string, { tag: Tag; articles: Article[] }>;
  private readonly position: Map<Article, Map<string, number>>;

  constructor(
    articles: readonly Article[],
    readonly pageSize: number,
  ) {
    this.articles = [...articles].sort(newestFirst);
    this.bySlug = new Map(this.articles.map((article) => [article.slug, article]));
    this.byTag = new Map();
    this.position = new Map();
    for (const article of this.articles) {
      const positions = new Map<string, number>();
      for (const tag of article.tags) {
        let entry = this.byTag.get(tag.slug);
        if (!entry) this.byTag.set(tag.slug, (entry = { tag, articles: [] }));
        positions.set(tag.slug, entry.articles.length);
        entry.articles.push(article);
      }
      this.position.set(article, positions);
    }
  }

  article(slug: string): Article | undefined {
    return this.bySlug.get(slug);
  }

  /** Every tag of a published article, by name. */
  tags(): Tag[] {
    return [...this.byTag.values()].map((entry) => entry.tag).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  /** Page `page` (from 1) of the front page's listing, or undefined past the last one. */
  listing(page: number): ListingPage | undefined {
    return paginate(this.articles, page, this.pageSize);
  }

  tagListing(slug: string, page: number): TagListing | undefined {
    const entry = this.byTag.get(slug);
    const listing = entry && paginate(entry.articles, page, this.pageSize);
    return entry && listing && { ...listing, tag: entry.tag };
  }

  /** How many pages each tag's listing has, by tag slug. */
  tagPageCounts(): { tag: Tag; pageCount: number }[] {
    return this.tags().map((tag) => ({
      tag,
      pageCount: pageCount(this.byTag.get(tag.slug)?.articles.length ?? 0, this.pageSize),
    }));
  }

  /**
   * Up to `limit` other articles for "À lire aussi": those sharing the most tags first, the nearest in
   * time among equals; none that share no tag. Only the RELATED_WINDOW articles of each tag nearest
   * in time are considered, so the cost does not grow with the archive.
   */
  related(article: Article, limit = 3): Article[] {
    const shared = new Map<Article, number>();
    for (const [slug, index] of this.position.get(article) ?? []) {
      const list = this.byTag.get(slug)?.articles ?? [];
      const start = Math.max(0, Math.min(index - RELATED_WINDOW / 2, list.length - RELATED_WINDOW));
      for (const other of list.slice(start, start + RELATED_WINDOW)) {
        if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const distance = (other: Article) => Math.abs(other.date.instant.getTime() - article.date.instant.getTime());
    return [...shared]
      .sort(([a, sharedA], [b, sharedB]) => sharedB - sharedA || distance(a) - distance(b) || newestFirst(a, b))
      .slice(0, limit)
      .map(([other]) => other);
  }
}

function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function paginate(articles: readonly Article[], page: number, pageSize: number): ListingPage | undefined {
  const count = pageCount(articles.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  return { page, pageCount: count, articles: articles.slice((page - 1) * pageSize, page * pageSize) };
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
