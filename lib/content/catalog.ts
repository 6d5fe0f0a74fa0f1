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
  /** The articles by tag, as numbers, for "À lire aussi" (RelatedIndex). */
  private readonly relatedIndex: RelatedIndex;
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
    this.relatedIndex = new RelatedIndex(
      this.articles,
      [...this.facets.tag.values()].map((entry) => entry.articles),
    );
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
    return this.relatedIndex.related(article, limit);
  }
}

/**
 * The tags' lists as numbers (an article's number is its place in the catalog, newest first), with a
 * count per article reused from one call to the next: "À lire aussi" for each of 100,000 articles
 * then costs no allocation per candidate, where maps and objects made it a quarter of a publish's
 * content step.
 */
class RelatedIndex {
  private readonly numbers: Map<Article, number>;
  private readonly times: Float64Array;
  /** For each article, each of its tags' lists and its place in it. */
  private readonly places: { list: Int32Array; at: number }[][];
  /** How many tags each article shares with the one asked about; back to zero after each call. */
  private readonly shared: Int32Array;

  constructor(
    private readonly articles: readonly Article[],
    tagLists: readonly (readonly Article[])[],
  ) {
    this.numbers = new Map(articles.map((article, number) => [article, number]));
    this.times = Float64Array.from(articles, (article) => article.date.instant.getTime());
    this.places = articles.map(() => []);
    this.shared = new Int32Array(articles.length);
    for (const tagged of tagLists) {
      const list = Int32Array.from(tagged, (article) => this.numbers.get(article)!);
      list.forEach((number, at) => this.places[number]!.push({ list, at }));
    }
  }

  /** See Catalog.related. Ties go to the newer article: the lower number. */
  related(article: Article, limit: number): Article[] {
    const self = this.numbers.get(article);
    if (self === undefined) return [];
    const { shared, times } = this;
    const candidates: number[] = [];
    for (const { list, at } of this.places[self]!) {
      const start = Math.max(0, Math.min(at - RELATED_WINDOW / 2, list.length - RELATED_WINDOW));
      const end = Math.min(list.length, start + RELATED_WINDOW);
      for (let index = start; index < end; index++) {
        const other = list[index]!;
        if (other !== self && (shared[other] = shared[other]! + 1) === 1) candidates.push(other);
      }
    }
    const when = times[self]!;
    // The best `limit` in one pass, best first, in three short arrays: sorting every candidate, or an
    // object for each, costs far more.
    const best: number[] = [];
    const bestTags: number[] = [];
    const bestDistances: number[] = [];
    for (const number of candidates) {
      const tags = shared[number]!;
      shared[number] = 0;
      const distance = Math.abs(times[number]! - when);
      let place = best.length;
      while (
        place > 0 &&
        beats(tags, distance, number, bestTags[place - 1]!, bestDistances[place - 1]!, best[place - 1]!)
      )
        place--;
      if (place >= limit) continue;
      best.splice(place, 0, number);
      bestTags.splice(place, 0, tags);
      bestDistances.splice(place, 0, distance);
      if (best.length > limit) {
        best.pop();
        bestTags.pop();
        bestDistances.pop();
      }
    }
    return best.map((number) => this.articles[number]!);
  }
}

/** Whether a candidate goes before one kept: more tags shared, else nearer in time, else newer (a lower number). */
function beats(
  tags: number,
  distance: number,
  number: number,
  keptTags: number,
  keptDistance: number,
  kept: number,
): boolean {
  return tags !== keptTags ? tags > keptTags : distance !== keptDistance ? distance < keptDistance : number < kept;
}
