import { articlePath, facetPath, listingPath, site } from '../site';
import { Catalog, type Facet, type FacetKind, type FacetListing, type ListingPage } from './catalog';
import { ContentError, formatDiagnostics } from '../text/diagnostics';
import type { Article, Tag } from './article';
import { loadContent } from './load';
import { isPublished } from './publication';
import { readSnapshot } from './snapshot';
import { siteSections } from './sections';
import { contentDirectory, folderSignature } from './source';

/**
 * What the site publishes, and the rules for it, in one place: pages, feeds and sitemaps ask here
 * and never filter or sort articles themselves.
 *
 * `npm run build` reads and checks the folder once and hands every Next worker a snapshot
 * (KIOSQUE_SNAPSHOT); `next dev`, and anything else, read the folder itself.
 */
export type { Article, Tag } from './article';
export type { Facet, FacetKind, FacetListing, ListingPage } from './catalog';
export { changedAt, lastChange } from './article';

/** In `next dev`, editors preview drafts and scheduled articles; a production build publishes neither. */
function previewing(): boolean {
  return process.env.NODE_ENV === 'development';
}

interface Published {
  catalog: Catalog;
  /** The addresses of the pages this build renders: every page, unless the snapshot names some. */
  render?: ReadonlySet<string>;
  /** The moment the site is published at: the build's, or now. */
  at: Date;
  /** Drafts included, where the folder was read (not from a snapshot). */
  all: Article[];
}

/**
 * What a read stays valid for. In `next dev`, until a file changes, so an edit shows on the next
 * load; otherwise the files do not change, and statting every file for every page would cost a
 * large site seconds.
 */
function cacheKey(): string {
  const snapshot = process.env.KIOSQUE_SNAPSHOT;
  if (snapshot) return `snapshot:${snapshot}`;
  const directory = contentDirectory();
  return previewing() ? `${directory}\n${folderSignature(directory)}` : directory;
}

let cache: { key: string; published: Published } | undefined;

function published(): Published {
  const key = cacheKey();
  if (cache?.key !== key) cache = { key, published: load() };
  return cache.published;
}

function load(): Published {
  const snapshot = process.env.KIOSQUE_SNAPSHOT;
  if (snapshot) {
    const { builtAt, articles, render } = readSnapshot(snapshot);
    return { catalog: siteCatalog(articles), at: builtAt, all: articles, render: render && new Set(render) };
  }
  const { articles, diagnostics } = loadContent();
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) console.warn(formatDiagnostics(warnings).join('\n'));
  if (warnings.length < diagnostics.length) throw new ContentError(diagnostics);
  const at = new Date();
  const shown = articles.filter((article) => previewing() || isPublished(article, at));
  return { catalog: siteCatalog(shown), at, all: articles };
}

/** The site's catalog of `articles`: its page size, its rubriques. */
export function siteCatalog(articles: readonly Article[]): Catalog {
  return new Catalog(articles, site.pageSize, siteSections());
}

/** Every article read, drafts included; throws a ContentError naming every problem if any file is wrong. */
export function getAllArticles(): Article[] {
  return published().all;
}

/** What readers see, newest first. */
export function getPublishedArticles(): readonly Article[] {
  return published().catalog.articles;
}

/** What the feeds carry: the newest articles, site.feedSize of them (a feed must not grow with the archive). */
export function getFeedArticles(): readonly Article[] {
  return getPublishedArticles().slice(0, site.feedSize);
}

/** The moment the site is published at: scheduled articles after it are not out yet. */
export function publicationTime(): Date {
  return published().at;
}

export function getArticle(slug: string): Article | undefined {
  return published().catalog.article(slug);
}

/** "À lire aussi": see Catalog.related. */
export function getRelatedArticles(article: Article, limit = 3): Article[] {
  return published().catalog.related(article, limit);
}

/** Every tag of a published article, by name. */
export function getTags(): Tag[] {
  return published().catalog.facetsOf('tag');
}

/** Page `page` (from 1) of the published articles, or undefined past the last one. */
export function getListingPage(page: number): ListingPage | undefined {
  return published().catalog.listing(page);
}

/** Page `page` (from 1) of a tag's, an author's or a rubrique's articles; undefined for an unknown one or past its last page. */
export function getFacetListing(kind: FacetKind, slug: string, page: number): FacetListing | undefined {
  return published().catalog.facetListing(kind, slug, page);
}

export function getFacetPageCounts(kind: FacetKind): { facet: Facet; pageCount: number }[] {
  return published().catalog.facetPageCounts(kind);
}

/** The rubriques with a published article, in the site's order: those the navigation leads to. */
export function sectionsWithArticlesOf(catalog: Catalog): Facet[] {
  return siteSections().filter(
    (section) => (catalog.facetListing('section', section.slug, 1)?.articles.length ?? 0) > 0,
  );
}

/** See sectionsWithArticlesOf. */
export function getSectionsWithArticles(): Facet[] {
  return sectionsWithArticlesOf(published().catalog);
}

/** A page of a listing, at its address; `facet` is the rubrique, author or tag listed, none for the front page's. */
export interface AddressedListing {
  path: string;
  listing: ListingPage;
  facet?: Facet;
}

/** Every page of every listing of `catalog`, in the site's order: the front page's, then each rubrique's, author's and tag's. */
export function listingPagesOf(catalog: Catalog): AddressedListing[] {
  const pagesOf = (
    listingOf: (page: number) => ListingPage | undefined,
    pathOf: (page: number) => string,
    facet?: Facet,
  ) => {
    const pages: AddressedListing[] = [];
    for (let page = 1, listing = listingOf(page); listing; listing = listingOf(++page))
      pages.push({ path: pathOf(page), listing, facet });
    return pages;
  };
  return [
    ...pagesOf((page) => catalog.listing(page), listingPath),
    ...(['section', 'author', 'tag'] as const).flatMap((kind) =>
      catalog.facetsOf(kind).flatMap((facet) =>
        pagesOf(
          (page) => catalog.facetListing(kind, facet.slug, page),
          (page) => facetPath[kind](facet.slug, page),
          facet,
        ),
      ),
    ),
  ];
}

/** Every page of every listing the site publishes: see listingPagesOf. */
export function getListingPages(): AddressedListing[] {
  return listingPagesOf(published().catalog);
}

/**
 * Whether this build renders the page at `address`: every page, unless `npm run build` takes those
 * that did not change from the site it built before (lib/build/page-reuse.ts).
 */
export function rendersPage(address: string): boolean {
  const { render } = published();
  return render === undefined || render.has(address);
}

/** The `[slug]` params of the article pages this build renders. */
export function publishedArticleParams(): { slug: string }[] {
  return published()
    .catalog.articles.map((article) => article.slug)
    .filter((slug) => rendersPage(articlePath(slug)))
    .map((slug) => ({ slug }));
}
