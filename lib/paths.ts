/** Every address of the site, in one place: pure functions of slugs and page numbers. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

/** The 1200×630 share images, generated at build: one per article, one for the rest of the site. */
export const shareImage = { width: 1200, height: 630, sitePath: '/share.png' } as const;

export function shareImagePath(slug: string): string {
  return `${articlePath(slug)}/share.png`;
}

/** Page `page` of a listing whose first page is `firstPage`: `/`, `/page/2`…; `/tags/cisco`, `/tags/cisco/page/2`… */
function paged(firstPage: string, page: number): string {
  return page <= 1 ? firstPage : `${firstPage === '/' ? '' : firstPage}/page/${page}`;
}

export function tagPath(tagSlug: string, page = 1): string {
  return paged(`/tags/${tagSlug}`, page);
}

/** The pages listing a tag's, an author's or a rubrique's articles. */
export const facetPath = {
  tag: tagPath,
  author: (authorSlug: string, page = 1) => paged(`/auteurs/${authorSlug}`, page),
  section: (sectionSlug: string, page = 1) => paged(`/rubriques/${sectionSlug}`, page),
} as const;

export function listingPath(page: number): string {
  return paged('/', page);
}

export const searchPath = '/recherche';
export const legalPath = '/mentions-legales';

export const feedPaths = {
  rss: '/rss.xml',
  atom: '/atom.xml',
  json: '/feed.json',
} as const;

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
