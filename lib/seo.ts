import type { Metadata } from 'next';
import {
  changedAt,
  getSettings,
  type ArticleView as Article,
  type CorrectionsPageData,
  type ListingPageData,
  type PaperPageView,
} from './content';
import { MIME_TYPES } from './media/variants';
import { de } from './text/french';
import { formatLongDate, type ArticleDate } from './text/dates';
import { fill, labelsFor } from './text/labels';
import { feedPaths, frontPagePath, openGraphLocale, searchPath, shareImage, shareImagePath } from './paths';

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

export interface PageMetadataInput {
  title: string;
  description: string;
  path: string;
}

/** A share image: a drawn card (PNG), or the 1200 × 630 crop of an article's photo. */
function imageFor(
  path: string,
  alt: string,
  { width, height, type }: { width: number; height: number; type: string } = { ...shareImage, type: 'image/png' },
) {
  return [{ url: path, width, height, alt, type }];
}

/** The front page, its next pages and tag pages. */
export function pageMetadata({ title, description, path }: PageMetadataInput): Metadata {
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
  return pageMetadata({ title: `${site.name} — ${site.tagline}`, description: site.description, path: frontPagePath });
}

/** A page of the paper, `/a-propos`: its own title and description, the site's when it has none. */
export function paperPageMetadata({ name, description, path }: PaperPageView): Metadata {
  const site = getSettings();
  return pageMetadata({ title: `${name} — ${site.name}`, description: description ?? site.description, path });
}

export function searchMetadata(): Metadata {
  const site = getSettings();
  return {
    ...pageMetadata({
      title: `Rechercher — ${site.name}`,
      description: `Rechercher dans tous les articles de ${site.name}.`,
      path: searchPath,
    }),
    // A page of results is not a page to index.
    robots: { index: false, follow: true },
  };
}

/** A page of a listing: a rubrique's, an author's, a tag's, or the archive of every article; each its own canonical. */
export function listingMetadata({ listing, page, path, span, profile }: ListingPageData): Metadata {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  const { facet } = listing;
  const heading = !facet
    ? labels.archive
    : listing.kind === 'author'
      ? fill(labels, 'authorPage', { name: facet.name, ofName: de(facet.name) })
      : fill(labels, 'sectionPage', { name: facet.name });
  const archive = page === undefined ? undefined : fill(labels, 'archivePage', { page });
  const about = !facet
    ? ''
    : {
        tag: ` sur ${facet.name}`,
        author: ` signés ${facet.name}${profile?.role ? ` (${profile.role})` : ''}`,
        section: ` de la rubrique ${facet.name}`,
      }[listing.kind as 'tag' | 'author' | 'section'];
  return pageMetadata({
    title: [heading, facet ? archive?.toLowerCase() : page === undefined ? undefined : `page ${page}`, site.name]
      .filter(Boolean)
      .join(' — '),
    description: `Les articles de ${site.name}${about}, du plus récent au plus ancien${during(span)}.`,
    path,
  });
}

/** A page of the site's corrections, each its own canonical. */
export function correctionsMetadata({ page, path, span }: CorrectionsPageData): Metadata {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  const archive = page === undefined ? undefined : fill(labels, 'archivePage', { page }).toLowerCase();
  return pageMetadata({
    title: [labels.corrections, archive, site.name].filter(Boolean).join(' — '),
    description: labels.correctionsIntro.replace(/\.$/, `${during(span)}.`),
    path,
  });
}

/** `, du 1er au 20 février 2015`: the days an archive page covers, for its description. */
function during(span: { from: ArticleDate; to: ArticleDate } | undefined): string {
  if (!span) return '';
  const { lang } = getSettings();
  const from = formatLongDate(span.from.instant, lang);
  const to = formatLongDate(span.to.instant, lang);
  return `, ${fill(labelsFor(lang), 'archiveSpan', { from, to }).toLowerCase()}`;
}

export function articleMetadata(article: Article): Metadata {
  const site = getSettings();
  const { path } = article;
  const title = `${article.title} — ${site.name}`;
  const photo = article.social?.openGraph;
  const images = photo
    ? imageFor(photo.url, article.image?.alt ?? article.title, {
        width: photo.width,
        height: photo.height,
        type: MIME_TYPES[photo.format],
      })
    : imageFor(shareImagePath(article.slug), article.title);
  const changed = changedAt(article);
  return {
    title: { absolute: title },
    description: article.description,
    authors: article.authors.map(({ name, path }) => ({ name, ...(path && { url: path }) })),
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
      modifiedTime: changed.iso === article.date.iso ? undefined : changed.iso,
      authors: article.authors.map(({ name }) => name),
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
