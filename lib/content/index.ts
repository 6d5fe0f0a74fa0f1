import { correctionsPath, listingPath, paperPagePath, sitemapPath, type ListingRef } from '../paths';
import { ContentError, formatProblems, isError } from '../text/problems';
import { variantsOf, type PhotoSource, type Variant } from '../media/variants';
import { photosShown, type ShownPhoto } from './photo';
import { directoryBodies, type BodyStore } from './bodies';
import { Catalog } from './catalog';
import { loadContent } from './load';
import {
  SiteModel,
  sitemapIndexOf,
  type ArticlePageData,
  type CorrectionsPageData,
  type FrontPageData,
  type ListingPageData,
  type PaperPageData,
  type Route,
  type ShellData,
  type SitemapEntry,
} from './pages';
import { absoluteUrlOn, type SiteSettings } from './settings';
import { readSnapshot, type Snapshot } from './snapshot';
import { contentDirectory, folderSignature, photoProbes } from './source';
import type { ArticleView, TeaserView } from './views';

/**
 * The one gateway of the content: pages, feeds and sitemaps ask here, and receive what they show
 * precomputed (pages.ts, views.ts); they never filter, sort or reshape articles themselves.
 *
 * `npm run build` reads and checks the folder once, in its content step, and hands every Next worker
 * a snapshot of the pages it renders (KIOSQUE_SNAPSHOT); `next dev`, and anything else, read the
 * folder itself, drafts and scheduled articles included in `next dev` so editors can preview them.
 */
export type {
  ArticlePageData,
  CorrectionsPageData,
  FrontPageData,
  ListingPageData,
  PaperPageData,
  Route,
  ShellData,
  SitemapEntry,
} from './pages';
export { sitemapIndexOf } from './pages';
export type {
  ArticleView,
  AuthorView,
  CorrectionView,
  FacetLink,
  ListedCorrectionView,
  PageLink,
  PaperPageView,
  ProfileView,
  TeaserView,
} from './views';
export type { ListingRef } from '../paths';
export { changedAt, lastChange } from './article';
export type { SiteSettings } from './settings';

interface SiteData {
  settings: SiteSettings;
  shell: ShellData;
  /** The moment the site is published at: the build's, or now. */
  at: Date;
  frontPage(): FrontPageData;
  listingPage(ref: ListingRef, page?: number): ListingPageData | undefined;
  articlePage(slug: string): ArticlePageData | undefined;
  correctionsPage(page?: number): CorrectionsPageData | undefined;
  paperPage(slug: string): PaperPageData | undefined;
  feed(): ArticleView[];
  newsSitemap(): TeaserView[];
  sitemapIndex(): { part: string; lastModified?: string }[];
  sitemapPart(part: string): SitemapEntry[] | undefined;
  /** The params of the pages of `route` this build renders: every page, unless a snapshot names some. */
  params(route: Route): Record<string, string>[];
  body(key: string): string;
  /**
   * The photo file the site serves at `/media/<name>`, what it is derived from and how: in `next dev`,
   * which derives a file when a page asks for it; never in a build, whose image step writes them all.
   */
  media(name: string): MediaFile | undefined;
  mediaNames(): string[];
}

export interface MediaFile {
  /** The original's file. */
  file: string;
  source: PhotoSource;
  variant: Variant;
}

/** In `next dev`, editors preview drafts and scheduled articles; a production build publishes neither. */
function previewing(): boolean {
  return process.env.NODE_ENV === 'development';
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

let cache: { key: string; site: SiteData } | undefined;

function site(): SiteData {
  const key = cacheKey();
  if (cache?.key !== key) cache = { key, site: load() };
  return cache.site;
}

function load(): SiteData {
  const snapshot = process.env.KIOSQUE_SNAPSHOT;
  return snapshot ? snapshotSite(readSnapshot(snapshot)) : folderSite();
}

/** The site from the content folder, every page computed when it is asked for. */
function folderSite(): SiteData {
  const at = new Date();
  const probes = photoProbes();
  const { settings, articles, paper, desk, problems, bodies } = loadContent(contentDirectory(), { at, probes });
  probes.save();
  const warnings = problems.filter((p) => !isError(p));
  if (warnings.length > 0) console.warn(formatProblems(warnings).join('\n'));
  if (warnings.length < problems.length) throw new ContentError(problems);
  const shown = previewing() ? articles : articles.filter((article) => article.status === 'published');
  const catalog = new Catalog(shown, settings.pageSize, settings.sections);
  const model = new SiteModel(settings, catalog, desk, at, paper);
  return { ...modelSite(model, bodies), ...mediaOf(photosShown([...shown, ...paper.profiles, ...paper.pages])) };
}

/** Every file derived from the photos the site shows, by its name under /media/. */
function mediaOf(photos: readonly ShownPhoto[]): Pick<SiteData, 'media' | 'mediaNames'> {
  const files = new Map<string, MediaFile>();
  for (const { source, original } of photos) {
    for (const variant of variantsOf(source)) {
      files.set(variant.url.slice('/media/'.length), { file: original, source, variant });
    }
  }
  return { media: (name) => files.get(name), mediaNames: () => [...files.keys()] };
}

export function modelSite(model: SiteModel, bodies: BodyStore): SiteData {
  const pages = () => [...model.pages()];
  return {
    settings: model.settings,
    shell: model.shell(),
    at: model.at,
    frontPage: () => model.frontPage(),
    listingPage: (ref, page) => model.listingPage(ref, page),
    articlePage: (slug) => model.articlePage(slug),
    correctionsPage: (page) => model.correctionsPage(page),
    paperPage: (slug) => model.paperPage(slug),
    feed: () => model.feed(),
    newsSitemap: () => model.newsSitemap(),
    sitemapIndex: () => sitemapIndexOf(model.sitemapParts()),
    sitemapPart: (part) => model.sitemapParts().get(part),
    params: (route) => pages().flatMap((page) => (page.route === route ? [page.params] : [])),
    body: (key) => bodies.get(key),
    media: () => undefined,
    mediaNames: () => [],
  };
}

/** The site from a build's snapshot: only the pages it names, looked up by their address. */
function snapshotSite({ shared, pages }: Snapshot): SiteData {
  const bodies = directoryBodies(shared.bodies);
  const at = (address: string) => pages[address]?.data as never;
  return {
    settings: shared.settings,
    shell: shared.shell,
    at: new Date(shared.builtAt),
    frontPage: () => shared.frontPage,
    listingPage: (ref, page) => at(listingPath(ref, page)),
    articlePage: (slug) => at(`/articles/${slug}`),
    correctionsPage: (page) => (page === undefined ? shared.corrections : at(correctionsPath(page))),
    paperPage: (slug) => at(paperPagePath(slug)),
    feed: () => shared.feed,
    newsSitemap: () => shared.newsSitemap,
    sitemapIndex: () => shared.sitemapIndex,
    sitemapPart: (part) => at(sitemapPath(part)),
    params: (route) => Object.values(pages).flatMap((page) => (page.route === route ? [page.params] : [])),
    body: (key) => bodies.get(key),
    media: () => undefined,
    mediaNames: () => [],
  };
}

/** The site's settings (site.yml in the content folder, SITE_URL): its name, address, rubriques, sizes. */
export function getSettings(): SiteSettings {
  return site().settings;
}

/** `path` as an address readers and crawlers can follow from anywhere: `/articles/x` → `https://…/articles/x`. */
export function absoluteUrl(path: string): string {
  return absoluteUrlOn(getSettings().url, path);
}

/** The moment the site is published at: scheduled articles after it are not out yet. */
export function publicationTime(): Date {
  return site().at;
}

export const getShell = (): ShellData => site().shell;
export const getFrontPage = (): FrontPageData => site().frontPage();
export const getListingPage = (ref: ListingRef, page?: number) => site().listingPage(ref, page);
export const getArticlePage = (slug: string) => site().articlePage(slug);
/** A page of the paper itself: `/a-propos` is getPaperPage('a-propos'). */
export const getPaperPage = (slug: string) => site().paperPage(slug);
/** A page of the site's corrections: the first without `page`, else archive page `page`. */
export const getCorrectionsPage = (page?: number) => site().correctionsPage(page);
/** The newest articles, in full, for the feeds. */
export const getFeed = (): ArticleView[] => site().feed();
export const getNewsSitemap = (): TeaserView[] => site().newsSitemap();
export const getSitemapIndex = () => site().sitemapIndex();
export const getSitemapPart = (part: string) => site().sitemapPart(part);
/** The params of the pages of a dynamic route that this build renders. */
export const routeParams = (route: Route) => site().params(route);
/** An article's body, rendered and sanitized: read once by the page (or feed) that shows it. */
export const readBody = (key: string): string => site().body(key);
/** In `next dev`, the photo file served at `/media/<name>`; see SiteData.media. */
export const getMediaFile = (name: string) => site().media(name);
export const getMediaNames = () => site().mediaNames();
