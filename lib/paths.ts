/** Every address of the site, in one place: pure functions of slugs and page numbers. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

/** The 1200×630 share images, generated at build: one per article, one for the rest of the site. */
export const shareImage = { width: 1200, height: 630, sitePath: '/share.png' } as const;

export function shareImagePath(slug: string): string {
  return `${articlePath(slug)}/share.png`;
}

/** The kinds of pages that list a facet's articles: /tags/…, /auteurs/…, /rubriques/…. */
export type FacetKind = 'tag' | 'author' | 'section';

/** Which listing: every article (the front page's), or a facet's. */
export type ListingRef = { kind: 'home' } | { kind: FacetKind; slug: string };

const FACET_FOLDERS: Record<FacetKind, string> = { tag: '/tags', author: '/auteurs', section: '/rubriques' };

/**
 * A page of a listing: its first page without `page` (`/`, `/tags/cisco`), archive page `page`
 * otherwise (`/page/3`, `/tags/cisco/page/3`), archive pages being numbered from the oldest.
 */
export function listingPath(ref: ListingRef, page?: number): string {
  const first = ref.kind === 'home' ? '/' : `${FACET_FOLDERS[ref.kind]}/${ref.slug}`;
  return page === undefined ? first : `${first === '/' ? '' : first}/page/${page}`;
}

export function tagPath(tagSlug: string, page?: number): string {
  return listingPath({ kind: 'tag', slug: tagSlug }, page);
}

/** The pages listing a tag's, an author's or a rubrique's articles. */
export const facetPath: Record<FacetKind, (slug: string, page?: number) => string> = {
  tag: tagPath,
  author: (slug, page) => listingPath({ kind: 'author', slug }, page),
  section: (slug, page) => listingPath({ kind: 'section', slug }, page),
};

export const frontPagePath = '/';

/** The site's list of corrections: its first page, or archive page `page` (numbered from the oldest). */
export function correctionsPath(page?: number): string {
  return page === undefined ? '/corrections' : `/corrections/page/${page}`;
}

export const searchPath = '/recherche';

/** A page of the paper itself, from `content/pages/<slug>.md`: `/a-propos`. */
export function paperPagePath(slug: string): string {
  return `/${slug}`;
}

/**
 * The first segments of the site's own addresses: its routes, and the folders and files a build
 * writes at the top of out/ (`index.html` is the front page, `404.html` the missing page's). A page of
 * the paper takes its address at the top of the site, so it may take none of these.
 */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  ...['articles', 'tags', 'auteurs', 'rubriques', 'page', 'recherche', 'corrections', 'sitemaps'],
  ...['index', '404', '_next', 'media', 'pagefind', 'images', 'icons'],
  ...['rss', 'atom', 'feed', 'sitemap', 'news-sitemap', 'robots', 'icon', 'logo', 'share'],
]);

export const feedPaths = {
  rss: '/rss.xml',
  atom: '/atom.xml',
  json: '/feed.json',
} as const;

export const sitemapIndexPath = '/sitemap.xml';
export const newsSitemapPath = '/news-sitemap.xml';

/** A part of the sitemap: `pages` (the site's pages and listings' first pages) or a month of articles (`2015-02`). */
export function sitemapPath(part: string): string {
  return `/sitemaps/${part}.xml`;
}

/** `fr` → `fr_FR`, the form Open Graph wants. */
export function openGraphLocale(lang: string): string {
  const [language = 'fr', region] = lang.split('-');
  const defaultRegions: Record<string, string> = {
    fr: 'FR',
    en: 'US',
    de: 'DE',
    es: 'ES',
    it: 'IT',
    pt: 'PT',
    nl: 'NL',
  };
  return `${language.toLowerCase()}_${(region ?? defaultRegions[language.toLowerCase()] ?? language).toUpperCase()}`;
}
