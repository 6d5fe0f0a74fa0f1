import { SITE_TIME_ZONE } from './text/dates';

/** Site-wide settings: every absolute URL and every default the site emits comes from here. */
export const site = {
  name: 'Kiosque',
  /** Under the masthead, for readers. */
  tagline: 'L’actualité, l’économie et le numérique, chaque jour',
  description: 'Kiosque, un journal en ligne : actualité, économie et numérique, publiés depuis des fichiers Markdown.',
  url: normalizeBaseUrl(process.env.SITE_URL ?? 'http://localhost:3000'),
  lang: 'fr',
  timeZone: SITE_TIME_ZONE,
  newsroom: 'La rédaction',
  /** The rubriques, in the order of the navigation bar; an article names one in `section`. */
  sections: ['Économie', 'Politique', 'International', 'Culture', 'Tech'],
  /** Where readers write to the newsroom (footer, legal notice). */
  contactEmail: 'redaction@kiosque.example',
  /**
   * The legal notice French law requires of an online publication (LCEN, art. 6 III): who publishes,
   * who is responsible for publication, who hosts. Fill it in before going live.
   */
  legal: {
    publisher: 'Kiosque SAS, 10 rue de la Presse, 75002 Paris, France — RCS Paris 000 000 000',
    director: 'La directrice de la publication',
    host: 'L’hébergeur du site, son adresse et son téléphone',
  },
  publisher: {
    name: 'Kiosque',
    logo: { path: '/logo.png', width: 512, height: 512 },
  },
  /** Articles per listing page: the front page, then /page/2, /page/3…, and each tag's, author's, rubrique's. */
  pageSize: 20,
  /** The newest articles the feeds carry, in full: a feed must not grow with the archive. */
  feedSize: 50,
  /** Google News only wants articles from the last two days. */
  newsSitemapWindowHours: 48,
} as const;

function normalizeBaseUrl(raw: string): string {
  const url = new URL(raw);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return new URL(path, site.url + '/').toString();
}

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
