import { newestFirst, type Article } from './article';
import { tagSlug, type Facet } from '../text/slugs';

/**
 * What the site publishes, indexed once: every lookup a page makes is O(1) or O(its own result), so
 * a build of n articles does O(n) work in all (a linear scan per page would make it quadratic).
 */
export interface ListingPage {
  page: number;
  pageCount: number;
  articles: Article[];
}

export type { Facet };

/** The kinds of pages that list a facet's articles: /tags/…, /auteurs/…, /rubriques/…. */
export type FacetKind = 'tag' | 'author' | 'section';

export interface FacetListing extends ListingPage {
  kind: FacetKind;
  facet: Facet;
}

/**
 * An author's page is named like a tag's: in any script (`/auteurs/anne-martin`, `/auteurs/мария`).
 * A name with no letter or digit has no address, so no page: undefined.
 */
export function authorFacet(name: string): Facet | undefined {
  const slug = tagSlug(name);
  return slug === '' ? undefined : { name, slug };
}

/** The facets of each kind an article belongs to. */
const FACETS_OF: Record<FacetKind, (article: Article) => Facet[]> = {
  tag: (article) => article.tags,
  author: (article) => article.authors.flatMap((name) => authorFacet(name) ?? []),
  section: (article) => (article.section ? [article.section] : []),
};

/**
 * "À lire aussi" looks at most this many articles of each tag, the nearest in time to the article:
 * a tag the whole archive shares must not make every page scan the whole archive.
 */
const RELATED_WINDOW = 64;

const FACET_KINDS = Object.keys(FACETS_OF) as FacetKind[];

type FacetIndex = Map<string, { facet: Facet; articles: Article[] }>;

export class Catalog {
  /** Newest first. */
  readonly articles: readonly Article[];
  private readonly bySlug: Map<string, Article>;
  /** Each facet's articles, newest first; the facets of each kind by name. */
  private readonly facets: Record<FacetKind, FacetIndex>;
  /** Where each article stands in each of its tags' lists. */
  private readonly tagPosition: Map<Article, Map<string, number>>;

  /** `sections`: the site's rubriques, each with its pages even before it has an article. */
  constructor(
    articles: readonly Article[],
    readonly pageSize: number,
    sections: readonly Facet[] = [],
  ) {
    this.articles = [...articles].sort(newestFirst);
    this.bySlug = new Map(this.articles.map((article) => [article.slug, article]));
    this.facets = {
      tag: new Map(),
      author: new Map(),
      section: new Map(sections.map((facet) => [facet.slug, { facet, articles: [] }])),
    };
    for (const article of this.articles) {
      for (const kind of FACET_KINDS) {
        for (const facet of FACETS_OF[kind](article)) {
          let entry = this.facets[kind].get(facet.slug);
          if (!entry) this.facets[kind].set(facet.slug, (entry = { facet, articles: [] }));
          entry.articles.push(article);
        }
      }
    }
    for (const kind of FACET_KINDS) {
      this.facets[kind] = new Map(
        [...this.facets[kind]].sort(([, a], [, b]) => a.facet.name.localeCompare(b.facet.name, 'fr')),
      );
    }
    this.tagPosition = new Map();
    for (const [slug, { articles: tagged }] of this.facets.tag) {
      tagged.forEach((article, index) => {
        const positions = this.tagPosition.get(article) ?? new Map<string, number>();
        this.tagPosition.set(article, positions.set(slug, index));
      });
    }
  }

  article(slug: string): Article | undefined {
    return this.bySlug.get(slug);
  }

  /** Every facet of a kind that a published article has (and every rubrique), by name. */
  facetsOf(kind: FacetKind): Facet[] {
    return [...this.facets[kind].values()].map((entry) => entry.facet);
  }

  /** Page `page` (from 1) of the front page's listing, or undefined past the last one. */
  listing(page: number): ListingPage | undefined {
    return paginate(this.articles, page, this.pageSize);
  }

  /** Page `page` (from 1) of a facet's articles, or undefined for an unknown one or past its last page. */
  facetListing(kind: FacetKind, slug: string, page: number): FacetListing | undefined {
    const entry = this.facets[kind].get(slug);
    const listing = entry && paginate(entry.articles, page, this.pageSize);
    return entry && listing && { ...listing, kind, facet: entry.facet };
  }

  /** How many pages each facet of a kind has. */
  facetPageCounts(kind: FacetKind): { facet: Facet; pageCount: number }[] {
    return [...this.facets[kind].values()].map(({ facet, articles }) => ({
      facet,
      pageCount: pageCount(articles.length, this.pageSize),
    }));
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

function paginate(articles: readonly Article[], page: number, pageSize: number): ListingPage | undefined {
  const count = pageCount(articles.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  return { page, pageCount: count, articles: articles.slice((page - 1) * pageSize, page * pageSize) };
}
