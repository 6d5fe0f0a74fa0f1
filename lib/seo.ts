import type { Metadata } from 'next';
import type { Article, FacetListing } from './content/articles';
import { fill, labelsFor } from './text/labels';
import { articlePath, facetPath, feedPaths, openGraphLocale, shareImage, shareImagePath, site } from './site';

/**
 * What every page tells crawlers, in one place. Next replaces (does not merge) `alternates` and
 * `openGraph` between a layout and a page, so each page's metadata is built whole here.
 */
const feedAlternates = {
  'application/rss+xml': [{ url: feedPaths.rss, title: `${site.name} (RSS)` }],
  'application/atom+xml': [{ url: feedPaths.atom, title: `${site.name} (Atom)` }],
  'application/feed+json': [{ url: feedPaths.json, title: `${site.name} (JSON Feed)` }],
};

const indexable: Metadata['robots'] = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
};

/** Shared by both root layouts: resolves every relative URL against SITE_URL. */
export const rootMetadata: Metadata = {
  metadataBase: new URL(site.url + '/'),
  applicationName: site.name,
};

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
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: path, types: feedAlternates },
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

/** A tag's, an author's or a rubrique's listing pages (in the site's language), each its own canonical. */
export function facetListingMetadata({ kind, facet, page, pageCount }: FacetListing): Metadata {
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
  const path = articlePath(article.slug);
  const title = `${article.title} — ${site.name}`;
  const images = imageFor(shareImagePath(article.slug), article.title);
  return {
    title: { absolute: title },
    description: article.description,
    authors: article.authors.map((name) => ({ name })),
    alternates: { canonical: path, types: feedAlternates },
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

export const notFoundMetadata: Metadata = {
  title: { absolute: `Page introuvable — ${site.name}` },
  robots: { index: false, follow: true },
};
