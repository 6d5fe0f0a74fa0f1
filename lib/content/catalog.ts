import { tagSlug, type Facet } from '../text/slugs';
import type { FacetKind, ListingRef } from '../paths';
import type { ArticleDate } from '../text/dates';
import { newestFirst, type Article } from './article';

export type { Facet, FacetKind, ListingRef };

/**
 * The pages of a chronological list, newest first, that do not shift as items arrive. Its archive
 * pages are numbered from the oldest and hold `pageSize` items each: once full, page K holds the same
 * items for ever. Its first page holds the newest items, those no archive page holds (`pageSize` to
 * `2 × pageSize − 1` of them once the list has that many), so publishing one item changes the first
 * page and, when a page fills, adds one archive page: never every page of the archive.
 */
export interface Paged<T> {
  /** How many archive pages it has (page 1 is the oldest). */
  archiveCount: number;
  firstPage(): readonly T[];
  /** Archive page `page`, newest first; undefined past the archive. */
  archivePage(page: number): readonly T[] | undefined;
}

export function pagesOf<T>(items: readonly T[], pageSize: number): Paged<T> {
  const count = items.length;
  const archiveCount = Math.max(0, Math.floor(count / pageSize) - 1);
  // Archive page K holds the K-th run of pageSize items counted from the oldest.
  const archived = archiveCount * pageSize;
  return {
    archiveCount,
    firstPage: () => items.slice(0, count - archived),
    archivePage: (page) =>
      Number.isInteger(page) && page >= 1 && page <= archiveCount
        ? items.slice(count - page * pageSize, count - (page - 1) * pageSize)
        : undefined,
  };
}

/** A listing of articles (every article, a tag's, an author's, a rubrique's), paged as Paged says. */
export interface Listing extends Paged<Article> {
  ref: ListingRef;
  facet?: Facet;
  /** Newest first. */
  articles: readonly Article[];
}

export function listingOf(ref: ListingRef, articles: readonly Article[], pageSize: number, facet?: Facet): Listing {
  return { ref, facet, articles, ...pagesOf(articles, pageSize) };
}

/** A correction as the site's list of corrections shows it: the article, when, what. */
export interface CorrectionEntry {
  article: Article;
  date: ArticleDate;
  text: string;
}

/** The facets of each kind an article belongs to. */
const FACETS_OF: Record<FacetKind, (article: Article) => Facet[]> = {
  tag: (article) => article.tags,
  author: (article) => article.authors.flatMap((name) => authorFacet(name) ?? []),
  section: (article) => (article.section ? [article.section] : []),
};

const FACET_KINDS = Object.keys(FACETS_OF) as FacetKind[];

/**
 * An author's page is named like a tag's: in any script (`/auteurs/anne-martin`, `/auteurs/мария`).
 * A name with no letter or digit has no address, so no page: undefined.
 */
export function authorFacet(name: string): Facet | undefined {
  const slug = tagSlug(name);
  return slug === '' ? undefined : { name, slug };
}

/**
 * "À lire aussi" looks at most this many articles of each tag, the nearest in time to the article:
 * a tag the whole archive shares must not make every page scan the whole archive.
 */
const RELATED_WINDOW = 64;

/** An article that may be suggested beside another: how many tags they share, how far apart in time. */
interface Candidate {
  article: Article;
  tags: number;
  distance: number;
}

type FacetIndex = Map<string, { facet: Facet; articles: Article[] }>;

/**
 * What the site publishes, indexed once: every lookup a page makes is O(1) or O(its own result), so
 * a build of n articles does O(n) work in all (a linear scan per page would make it quadratic).
 */
export class Catalog {
  /** Newest first. */
  readonly articles: readonly Article[];
  private readonly bySlug: Map<string, Article>;
  /** Each facet's articles, newest first; the facets of each kind by name. */
  private readonly facets: Record<FacetKind, FacetIndex>;
  /** Where each article stands in each of its tags' lists. */
  private readonly tagPosition: Map<Article, Map<string, number>>;
  /** Every correction of the published articles, newest first. */
  readonly corrections: readonly CorrectionEntry[];

  /** `sections`: the site's rubriques, in the settings' order (those without an article have no page). */
  constructor(
    articles: readonly Article[],
    readonly pageSize: number,
    sections: readonly Facet[] = [],
  ) {
    this.articles = [...articles].sort(newestFirst);
    this.bySlug = new Map(this.articles.map((article) => [article.slug, article]));
    this.facets = { tag: new Map(), author: new Map(), section: new Map() };
    for (const article of this.articles) {
      for (const kind of FACET_KINDS) {
        for (const facet of FACETS_OF[kind](article)) {
          let entry = this.facets[kind].get(facet.slug);
          if (!entry) this.facets[kind].set(facet.slug, (entry = { facet, articles: [] }));
          entry.articles.push(article);
        }
      }
    }
    const order = new Map(sections.map((section, index) => [section.slug, index]));
    for (const kind of FACET_KINDS) {
      this.facets[kind] = new Map(
        [...this.facets[kind]].sort(([a, { facet: x }], [b, { facet: y }]) =>
          kind === 'section'
            ? (order.get(a) ?? order.size) - (order.get(b) ?? order.size)
            : x.name.localeCompare(y.name, 'fr'),
        ),
      );
    }
    this.tagPosition = new Map();
    for (const [slug, { articles: tagged }] of this.facets.tag) {
      tagged.forEach((article, index) => {
        const positions = this.tagPosition.get(article) ?? new Map<string, number>();
        this.tagPosition.set(article, positions.set(slug, index));
      });
    }
    // Sorted from the articles' order (newest first), so that corrections of one moment keep it.
    this.corrections = this.articles
      .flatMap((article) => article.corrections.map(({ date, text }) => ({ article, date, text })).reverse())
      .sort((a, b) => b.date.instant.getTime() - a.date.instant.getTime());
  }

  /** The pages of the site's list of corrections. */
  correctionPages(): Paged<CorrectionEntry> {
    return pagesOf(this.corrections, this.pageSize);
  }

  article(slug: string): Article | undefined {
    return this.bySlug.get(slug);
  }

  /** Every facet of a kind that an article has: tags and authors by name, rubriques in the settings' order. */
  facetsOf(kind: FacetKind): Facet[] {
    return [...this.facets[kind].values()].map((entry) => entry.facet);
  }

  /** A listing's articles and pages, or undefined for a facet no article has. */
  listing(ref: ListingRef): Listing | undefined {
    if (ref.kind === 'home') return listingOf(ref, this.articles, this.pageSize);
    const entry = this.facets[ref.kind].get(ref.slug);
    return entry && listingOf(ref, entry.articles, this.pageSize, entry.facet);
  }

  /** Every listing of the site: the front page's, then each rubrique's, author's and tag's. */
  listings(): Listing[] {
    return [
      this.listing({ kind: 'home' })!,
      ...(['section', 'author', 'tag'] as const).flatMap((kind) =>
        this.facetsOf(kind).map((facet) => this.listing({ kind, slug: facet.slug })!),
      ),
    ];
  }

  /**
   * Up to `limit` other articles for "À lire aussi": those sharing the most tags first, the nearest in
   * time among equals; none that share no tag. Only the RELATED_WINDOW articles of each tag nearest
   * in time are considered, so the cost does not grow with the archive.
   */
  related(article: Article, limit = 3): Article[] {
    const shared = new Map<Article, number>();
    for (const [slug, index] of this.tagPosition.get(article) ?? []) {
      const list = this.facets.tag.get(slug)?.articles ?? [];
      const start = Math.max(0, Math.min(index - RELATED_WINDOW / 2, list.length - RELATED_WINDOW));
      for (const other of list.slice(start, start + RELATED_WINDOW)) {
        if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const when = article.date.instant.getTime();
    const ahead = (a: Candidate, b: Candidate) =>
      b.tags - a.tags || a.distance - b.distance || newestFirst(a.article, b.article);
    // The best `limit` in one pass: a whole sort of every candidate cost most of a publish's content step.
    const best: Candidate[] = [];
    for (const [other, tags] of shared) {
      const candidate = { article: other, tags, distance: Math.abs(other.date.instant.getTime() - when) };
      const place = best.findIndex((kept) => ahead(candidate, kept) < 0);
      if (place >= 0) best.splice(place, 0, candidate);
      else best.push(candidate);
      if (best.length > limit) best.pop();
    }
    return best.map((candidate) => candidate.article);
  }
}
