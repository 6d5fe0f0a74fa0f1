import {
  articlePath,
  correctionsPath,
  facetPath,
  frontPagePath,
  listingPath,
  paperPagePath,
  sitemapPath,
  type FacetKind,
  type ListingRef,
} from '../paths';
import { calendarDay, type ArticleDate } from '../text/dates';
import { changedAt, lastChange, type Article } from './article';
import type { Catalog, Paged } from './catalog';
import type { DeskChoice } from './front-page';
import { NO_PAPER_FILES, type PaperFiles, type PaperPage, type Policy } from './paper-pages';
import type { AuthorProfile } from './profiles';
import type { SiteSettings } from './settings';
import {
  articleViewOf,
  facetLink,
  pageLinkOf,
  paperPageViewOf,
  profileViewOf,
  teaserOf,
  type ArticleView,
  type FacetLink,
  type ListedCorrectionView,
  type PageLink,
  type PaperPageView,
  type ProfileView,
  type TeaserView,
} from './views';

/**
 * Every page of the site as data: what each page shows, computed once from the catalog, the settings
 * and the desk's choice. `next dev` asks a SiteModel directly; `npm run build` asks it in the content
 * step and hands Next's workers the data of the pages they render (snapshot.ts), so that a worker's
 * time and memory follow the pages it renders, never the size of the archive.
 */

/**
 * What every page's frame shows: the rubriques that have articles, in the settings' order; the pages
 * of the paper the footer links to; the page of each of the paper's policies, which every page's
 * structured data names.
 */
export interface ShellData {
  sections: FacetLink[];
  pages: PageLink[];
  policies: Partial<Record<Policy, PageLink>>;
}

/** A page of a chronological listing: its first page, or an archive page (numbered from the oldest). */
export interface ListingPageData {
  listing: { kind: 'home' | FacetKind; facet?: FacetLink; path: string };
  /** The archive page's number; none for the first page. */
  page?: number;
  path: string;
  teasers: TeaserView[];
  /** The page of the next newer articles, and of the next older ones. */
  newer?: string;
  older?: string;
  /** The days an archive page covers, oldest first. */
  span?: { from: ArticleDate; to: ArticleDate };
  /** Above an author's articles, on the first page: who the author is, when a profile says. */
  profile?: ProfileView;
}

/** A page of the site's list of corrections, paged as the listings are. */
export interface CorrectionsPageData {
  /** The archive page's number; none for the first page. */
  page?: number;
  path: string;
  corrections: ListedCorrectionView[];
  newer?: string;
  older?: string;
  /** The days an archive page covers, oldest first. */
  span?: { from: ArticleDate; to: ArticleDate };
}

export interface FrontPageData {
  lead?: TeaserView;
  featured: TeaserView[];
  /** "En continu": the latest briefs. */
  briefs: TeaserView[];
  /** A block for each rubrique with articles not already above: its newest. */
  sections: { section: FacetLink; teasers: TeaserView[] }[];
  /** The newest articles not shown above, down to the first archive page. */
  latest: TeaserView[];
  older?: string;
}

export interface PaperPageData {
  page: PaperPageView;
}

export interface ArticlePageData {
  article: ArticleView;
  related: TeaserView[];
}

export interface SitemapEntry {
  path: string;
  /** The newest change of what the page shows, from the articles' dates, never the build's. */
  lastModified?: string;
}

/** What the front page shows beside the desk's choice. */
export const FRONT_PAGE = { featured: 3, briefs: 8, perSection: 3 } as const;
/** A body under this many words, with no type and no photo, is a brief. */
const BRIEF_WORDS = 120;
/** Google and Bing read at most 50,000 addresses from one sitemap file. */
const URLS_PER_SITEMAP = 50_000;
/** Google News only wants articles from the last two days, and at most 1,000 of them. */
const MAX_NEWS_ENTRIES = 1000;

/** The dynamic routes of the site, each rendered only for the pages a build asks for. */
export type Route =
  'article' | 'paper-page' | 'home-archive' | 'facet' | 'facet-archive' | 'corrections-archive' | 'sitemap-part';

export interface SitePage {
  route: Route;
  params: Record<string, string>;
  address: string;
}

export class SiteModel {
  private readonly teasers = new Map<Article, TeaserView>();
  private parts?: Map<string, SitemapEntry[]>;
  private readonly profiles: Map<string, AuthorProfile>;
  private readonly paperPages: Map<string, PaperPage>;

  constructor(
    readonly settings: SiteSettings,
    private readonly catalog: Catalog,
    private readonly desk: DeskChoice,
    /** The moment the site is published at. */
    readonly at: Date,
    private readonly paper: PaperFiles = NO_PAPER_FILES,
  ) {
    this.profiles = new Map(paper.profiles.map((profile) => [profile.slug, profile]));
    this.paperPages = new Map(paper.pages.map((page) => [page.slug, page]));
  }

  shell(): ShellData {
    const linkTo = (slug: string) => pageLinkOf(this.paperPages.get(slug)!);
    return {
      sections: this.catalog.facetsOf('section').map((section) => facetLink('section', section)),
      pages: this.paper.footer.map(linkTo),
      policies: Object.fromEntries(Object.entries(this.paper.policies).map(([policy, slug]) => [policy, linkTo(slug)])),
    };
  }

  /** A page of the paper, `/a-propos`. */
  paperPage(slug: string): PaperPageData | undefined {
    const page = this.paperPages.get(slug);
    return page && { page: paperPageViewOf(page) };
  }

  articlePage(slug: string): ArticlePageData | undefined {
    const article = this.catalog.article(slug);
    if (!article) return undefined;
    return { article: articleViewOf(article), related: this.catalog.related(article).map((a) => this.teaser(a)) };
  }

  /** A page of a listing: its first page when `page` is undefined, else its archive page `page`. */
  listingPage(ref: ListingRef, page?: number): ListingPageData | undefined {
    return this.listingShowing(ref, page, (article) => this.teaser(article));
  }

  /** A page of a listing, each article as `show` gives it. */
  private listingShowing<T>(
    ref: ListingRef,
    page: number | undefined,
    show: (article: Article) => T,
  ): (Omit<ListingPageData, 'teasers'> & { teasers: T[] }) | undefined {
    const listing = this.catalog.listing(ref);
    if (!listing || (ref.kind !== 'home' && listing.articles.length === 0)) return undefined;
    const articles = page === undefined ? listing.firstPage() : listing.archivePage(page);
    if (!articles) return undefined;
    const profile = ref.kind === 'author' && page === undefined ? this.profiles.get(ref.slug) : undefined;
    return {
      listing: {
        kind: ref.kind,
        ...(listing.facet && ref.kind !== 'home' && { facet: facetLink(ref.kind, listing.facet) }),
        path: listingPath(ref),
      },
      ...(page !== undefined && { page }),
      path: listingPath(ref, page),
      teasers: articles.map(show),
      ...neighbours(listing, (number) => listingPath(ref, number), page),
      ...(page !== undefined && spanOf(articles)),
      ...(profile && { profile: profileViewOf(profile) }),
    };
  }

  /** A page of the site's corrections, newest first: its first page when `page` is undefined. */
  correctionsPage(page?: number): CorrectionsPageData | undefined {
    const pages = this.catalog.correctionPages();
    const corrections = page === undefined ? pages.firstPage() : pages.archivePage(page);
    if (!corrections) return undefined;
    return {
      ...(page !== undefined && { page }),
      path: correctionsPath(page),
      corrections: corrections.map(({ article, date, text }) => ({ date, text, article: this.teaser(article) })),
      ...neighbours(pages, correctionsPath, page),
      ...(page !== undefined && spanOf(corrections)),
    };
  }

  frontPage(): FrontPageData {
    const shown = new Set<Article>();
    const take = (
      articles: Iterable<Article | undefined>,
      limit: number,
      accept: (article: Article) => boolean = () => true,
    ) => {
      const taken: Article[] = [];
      for (const article of articles) {
        if (taken.length >= limit) break;
        if (article && !shown.has(article) && accept(article)) {
          shown.add(article);
          taken.push(article);
        }
      }
      return taken.map((article) => this.teaser(article));
    };
    const all = this.catalog.articles;
    const isBrief = (article: Article) =>
      article.type ? article.type.kind === 'brief' : !article.image && article.words < BRIEF_WORDS;
    // The desk's choice, else the newest story that is not a brief, else the newest of all.
    let [lead] = this.desk.lead
      ? take([this.catalog.article(this.desk.lead)], 1)
      : take(all, 1, (article) => !isBrief(article));
    [lead] = lead ? [lead] : take(all, 1);
    const chosen = this.desk.featured.map((slug) => this.catalog.article(slug));
    const featured = [
      ...take(chosen, chosen.length),
      ...take(all, Math.max(0, FRONT_PAGE.featured - chosen.length), (article) => !isBrief(article)),
    ];
    const briefs = take(all, FRONT_PAGE.briefs, isBrief);
    const sections = this.catalog.facetsOf('section').flatMap((section) => {
      const teasers = take(
        this.catalog.listing({ kind: 'section', slug: section.slug })!.articles,
        FRONT_PAGE.perSection,
      );
      return teasers.length > 0 ? [{ section: facetLink('section', section), teasers }] : [];
    });
    const home = this.catalog.listing({ kind: 'home' })!;
    return {
      ...(lead && { lead }),
      featured,
      briefs,
      sections,
      latest: take(home.firstPage(), Infinity),
      ...neighbours(home, (number) => listingPath(home.ref, number), undefined),
    };
  }

  /** The newest articles, in full: the feeds carry `feedSize` of them (a feed must not grow with the archive). */
  feed(): ArticleView[] {
    return this.catalog.articles.slice(0, this.settings.feedSize).map(articleViewOf);
  }

  /** Articles published in the two days before the site's moment: what Google News wants. */
  newsSitemap(): TeaserView[] {
    const since = this.at.getTime() - this.settings.newsSitemapWindowHours * 3_600_000;
    const recent: TeaserView[] = [];
    for (const article of this.catalog.articles) {
      if (article.date.instant.getTime() < since || recent.length >= MAX_NEWS_ENTRIES) break;
      recent.push(this.teaser(article));
    }
    return recent;
  }

  /**
   * The sitemap in parts that keep still as the site grows: `pages` (the site's own pages and every
   * listing's first page, which change with each publication) and a part per month of publication for
   * the articles and the archive pages whose newest article is of that month (past months never
   * change); a part past 50,000 addresses is split.
   */
  sitemapParts(): Map<string, SitemapEntry[]> {
    this.parts ??= this.collectSitemapParts();
    return this.parts;
  }

  private collectSitemapParts(): Map<string, SitemapEntry[]> {
    const parts = new Map<string, SitemapEntry[]>();
    const add = (part: string, entry: SitemapEntry) => {
      const entries = parts.get(part) ?? [];
      parts.set(part, entries);
      entries.push(entry);
    };
    const month = (date: ArticleDate) => calendarDay(date.instant).slice(0, 7);
    add('pages', { path: frontPagePath, lastModified: lastChange(this.catalog.articles)?.iso });
    for (const page of this.paper.pages)
      add('pages', { path: paperPagePath(page.slug), lastModified: page.updated?.iso });
    const corrections = this.catalog.correctionPages();
    add('pages', { path: correctionsPath(), lastModified: lastChange(corrections.firstPage())?.iso });
    for (let page = 1; page <= corrections.archiveCount; page++) {
      const entries = corrections.archivePage(page)!;
      add(month(entries[0]!.date), { path: correctionsPath(page), lastModified: entries[0]!.date.iso });
    }
    for (const listing of this.catalog.listings()) {
      if (listing.ref.kind !== 'home') {
        add('pages', { path: listingPath(listing.ref), lastModified: lastChange(listing.firstPage())?.iso });
      }
      for (let page = 1; page <= listing.archiveCount; page++) {
        const articles = listing.archivePage(page)!;
        add(month(articles[0]!.date), {
          path: listingPath(listing.ref, page),
          lastModified: lastChange(articles)?.iso,
        });
      }
    }
    for (const article of [...this.catalog.articles].reverse())
      add(month(article.date), { path: articlePath(article.slug), lastModified: changedAt(article).iso });
    return splitParts(parts);
  }

  /** Every page of the dynamic routes, with its address: what a build may render or take from out/. */
  *pages(): Generator<SitePage> {
    for (const article of this.catalog.articles) {
      yield { route: 'article', params: { slug: article.slug }, address: articlePath(article.slug) };
    }
    for (const { slug } of this.paper.pages) {
      yield { route: 'paper-page', params: { page: slug }, address: paperPagePath(slug) };
    }
    for (const listing of this.catalog.listings()) {
      const { ref } = listing;
      if (ref.kind !== 'home')
        yield { route: 'facet', params: { kind: ref.kind, slug: ref.slug }, address: facetPath[ref.kind](ref.slug) };
      for (let page = 1; page <= listing.archiveCount; page++) {
        yield ref.kind === 'home'
          ? { route: 'home-archive', params: { page: String(page) }, address: listingPath(ref, page) }
          : {
              route: 'facet-archive',
              params: { kind: ref.kind, slug: ref.slug, page: String(page) },
              address: listingPath(ref, page),
            };
      }
    }
    for (let page = 1; page <= this.catalog.correctionPages().archiveCount; page++) {
      yield { route: 'corrections-archive', params: { page: String(page) }, address: correctionsPath(page) };
    }
    for (const part of this.sitemapParts().keys()) {
      yield { route: 'sitemap-part', params: { part }, address: sitemapPath(part) };
    }
  }

  /** What the page at `page.address` shows. */
  dataOf(page: SitePage): unknown {
    const { route, params } = page;
    switch (route) {
      case 'article':
        return this.articlePage(params.slug!);
      case 'paper-page':
        return this.paperPage(params.page!);
      case 'home-archive':
      case 'facet':
      case 'facet-archive':
        return this.listingPage(...listingOf(page));
      case 'corrections-archive':
        return this.correctionsPage(Number(params.page));
      case 'sitemap-part':
        return this.sitemapParts().get(params.part!);
    }
  }

  /**
   * What the page at `page.address` shows, with each article named by its revision and status rather
   * than shown: the same for the same page, at a fraction of the cost, for the key of each of a
   * hundred thousand pages at every publish (page-reuse.ts).
   */
  identityOf(page: SitePage): unknown {
    const identity = (article: Article) => [article.revision, article.status];
    switch (page.route) {
      case 'article': {
        const article = this.catalog.article(page.params.slug!);
        return article && { article: identity(article), related: this.catalog.related(article).map(identity) };
      }
      case 'home-archive':
      case 'facet':
      case 'facet-archive':
        return this.listingShowing(...listingOf(page), identity);
      default:
        return this.dataOf(page);
    }
  }

  private teaser(article: Article): TeaserView {
    let teaser = this.teasers.get(article);
    if (!teaser) this.teasers.set(article, (teaser = teaserOf(article)));
    return teaser;
  }
}

/** The listing, and the page of it, that a listing route's page shows. */
function listingOf({ route, params }: SitePage): [ListingRef, number | undefined] {
  if (route === 'home-archive') return [{ kind: 'home' }, Number(params.page)];
  const ref: ListingRef = { kind: params.kind as FacetKind, slug: params.slug! };
  return [ref, route === 'facet' ? undefined : Number(params.page)];
}

/** Each sitemap part, dated by the newest change among its pages. */
export function sitemapIndexOf(parts: Map<string, SitemapEntry[]>): { part: string; lastModified?: string }[] {
  return [...parts].map(([part, entries]) => {
    let latest: string | undefined;
    let latestTime = -Infinity;
    for (const { lastModified } of entries) {
      const time = lastModified === undefined ? NaN : Date.parse(lastModified);
      if (time > latestTime) {
        latest = lastModified;
        latestTime = time;
      }
    }
    return { part, ...(latest !== undefined && { lastModified: latest }) };
  });
}

/**
 * The pages before and after a page of a list paged as listings are (`pathOf` gives their addresses):
 * newer is toward the first page, older toward archive page 1.
 */
function neighbours(
  { archiveCount }: Paged<unknown>,
  pathOf: (page?: number) => string,
  page: number | undefined,
): { newer?: string; older?: string } {
  if (page === undefined) return archiveCount > 0 ? { older: pathOf(archiveCount) } : {};
  return {
    newer: page === archiveCount ? pathOf() : pathOf(page + 1),
    ...(page > 1 && { older: pathOf(page - 1) }),
  };
}

/** The days an archive page covers, from the items it holds, newest first. */
function spanOf(items: readonly { date: ArticleDate }[]): { span: { from: ArticleDate; to: ArticleDate } } {
  return { span: { from: items.at(-1)!.date, to: items[0]!.date } };
}

/** Parts past `size` addresses split in parts of `size`: `2015-02-1`, `2015-02-2`… */
export function splitParts(parts: Map<string, SitemapEntry[]>, size = URLS_PER_SITEMAP): Map<string, SitemapEntry[]> {
  const split = new Map<string, SitemapEntry[]>();
  for (const [part, entries] of parts) {
    if (entries.length <= size) split.set(part, entries);
    else
      for (let index = 0; index * size < entries.length; index++)
        split.set(`${part}-${index + 1}`, entries.slice(index * size, (index + 1) * size));
  }
  return split;
}
