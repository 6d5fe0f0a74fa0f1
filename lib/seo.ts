import type { Metadata } from 'next';
import { getSettings, type Article, type FacetListing, type ListingPage } from './content/articles';
import { fill, labelsFor } from './text/labels';
import {
  articlePath,
  facetPath,
  feedPaths,
  legalPath,
  listingPath,
  openGraphLocale,
  searchPath,
  shareImage,
  shareImagePath,
} from './paths';

/**
 * What every page tells crawlers, in one place. Next replaces (does not merge) `alternates` and
 * `openGraph` between a layout and a page, so each page's metadata is built whole here.
 */
function feedAlternates(name: string) {
  return {
    'application/rss+xml': [{ url: feedPaths.rss, title: `${name} (RSS)` }],
    'application/atom+xml': [{ url: feedPaths.atom, title: `${name} (Atom)` }],
    'application/feed+json': [{ url: feedPaths.json, title: `${name} (JSON Feed)` }],
  };
}

const indexable: Metadata['robots'] = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
};

/** Shared by both root layouts: resolves every relative URL against the site's address. */
export function rootMetadata(): Metadata {
  const site = getSettings();
  return { metadataBase: new URL(site.url + '/'), applicationName: site.name };
}

export interface ListingMetadataInput {
  title: string;
  description: string;
  path: string;
}

function imageFor(path: string, alt: string) {
  return [{ url: path, width: shareImage.width, height: shareImage.height, alt, type: 'image/png' }];
}

/** The front page, its next pages and tag pages. */
export function listingMetadata({ title, description, path }: ListingMetadataInput): Metadata {
  const site = getSettings();
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: path, types: feedAlternates(site.name) },
    robots: indexable,
    openGraph: {
      type: 'website',
      url: path,
      title,
      description,
      siteName: site.name,
      locale: openGraphLocale(site.lang),
      images: imageFor(shareImage.sitePath, `${site.name} — ${site.tagline}`),
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: imageFor(shareImage.sitePath, `${site.name} — ${site.tagline}`),
    },
  };
}

/** The front page. */
export function frontPageMetadata(): Metadata {
  const site = getSettings();
  return listingMetadata({
    title: `${site.name} — ${site.tagline}`,
    description: site.description,
    path: listingPath(1),
  });
}

/** The front page's next pages: /page/2… */
export function listingPageMetadata({ page, pageCount }: ListingPage): Metadata {
  const site = getSettings();
  return listingMetadata({
    title: `À la une, page ${page} — ${site.name}`,
    description: `${site.description} Page ${page} sur ${pageCount}.`,
    path: listingPath(page),
  });
}

export function legalNoticeMetadata(): Metadata {
  const site = getSettings();
  return listingMetadata({
    title: `Mentions légales — ${site.name}`,
    description: `Qui publie ${site.name}, qui en répond, qui l’héberge, et comment écrire à la rédaction.`,
    path: legalPath,
  });
}

export function searchMetadata(): Metadata {
  const site = getSettings();
  return {
    ...listingMetadata({
      title: `Rechercher — ${site.name}`,
      description: `Rechercher dans tous les articles de ${site.name}.`,
      path: searchPath,
    }),
    // A page of results is not a page to index.
    robots: { index: false, follow: true },
  };
}

/** A tag's, an author's or a rubrique's listing pages (in the site's language), each its own canonical. */
export function facetListingMetadata({ kind, facet, page, pageCount }: FacetListing): Metadata {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  const heading = fill(labels, kind === 'author' ? 'authorPage' : 'sectionPage', { name: facet.name });
  const ofPages = pageCount > 1 ? fill(labels, 'pageOf', { page, count: pageCount }) : undefined;
  const about = { tag: `sur ${facet.name}`, author: `signés ${facet.name}`, section: `de la rubrique ${facet.name}` }[
    kind
  ];
  return listingMetadata({
    title: [heading, page > 1 ? ofPages : undefined, site.name].filter(Boolean).join(' — '),
    description: `Les articles de ${site.name} ${about}, du plus récent au plus ancien${ofPages ? ` (${ofPages.toLowerCase()})` : ''}.`,
    path: facetPath[kind](facet.slug, page),
  });
}

export function articleMetadata(article: Article): Metadata {
  const site = getSettings();
  const path = articlePath(article.slug);
  const title = `${article.title} — ${site.name}`;
  const images = imageFor(shareImagePath(article.slug), article.title);
  return {
    title: { absolute: title },
    description: article.description,
    authors: article.authors.map((name) => ({ name })),
    alternates: { canonical: path, types: feedAlternates(site.name) },
    robots: indexable,
    openGraph: {
      type: 'article',
      url: path,
      title: article.title,
      description: article.description,
      siteName: site.name,
      locale: openGraphLocale(article.lang),
      publishedTime: article.date.iso,
      modifiedTime: article.updated?.iso,
      authors: article.authors,
      tags: article.tags.map((tag) => tag.name),
      images,
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.description, images },
  };
}

export function notFoundMetadata(): Metadata {
  return {
    ...rootMetadata(),
    title: { absolute: `Page introuvable — ${getSettings().name}` },
    robots: { index: false, follow: true },
  };
}
