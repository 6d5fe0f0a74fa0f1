/** Site-wide settings: every absolute URL and every default the site emits comes from here. */
export const site = {
  name: 'Kiosque',
  tagline: 'L’actualité, publiée depuis Markdown',
  description:
    'Kiosque, un journal en ligne : actualité, économie et numérique, publiés depuis des fichiers Markdown.',
  url: normalizeBaseUrl(process.env.SITE_URL ?? 'http://localhost:3000'),
  lang: 'fr',
  timeZone: 'Europe/Paris',
  newsroom: 'La rédaction',
  twitterBaseUrl: 'https://twitter.com',
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

export function tagPath(tagSlug: string): string {
  return `/tags/${tagSlug}`;
}
