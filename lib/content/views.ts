import type { Picture } from '../media/variants';
import { articlePath, facetPath, paperPagePath, type FacetKind } from '../paths';
import type { ArticleDate } from '../text/dates';
import type { Facet } from '../text/slugs';
import { readingMinutes, type Article, type ArticleImage, type PublicationStatus } from './article';
import { authorFacet } from './catalog';
import type { PaperPage } from './paper-pages';
import type { AuthorProfile } from './profiles';
import type { ArticleKind } from './settings';

/**
 * What pages show of an article, shaped once here from the Article (vercel/commerce's reshape step):
 * components receive these and compute nothing — no facet, no reading time, no status. Plain data,
 * so that a build hands them to Next's workers as they are.
 */

/** A tag, an author, a rubrique, with the address of its page. */
export interface FacetLink extends Facet {
  path: string;
}

export interface AuthorView {
  name: string;
  /** Its page; none for a name with no letter or digit to make an address of. */
  path?: string;
}

export interface ArticleTypeView {
  name: string;
  kind: ArticleKind;
}

/** A photo as pages show it: the whole of it, its thumbnail, and what is said of it. */
export interface PhotoView {
  alt: string;
  picture: Picture;
  thumb: Picture;
  caption?: string;
  credit?: string;
}

/** What a listing, the front page or « À lire aussi » shows of an article. */
export interface TeaserView {
  slug: string;
  path: string;
  title: string;
  lang: string;
  date: ArticleDate;
  description?: string;
  /** The small line above the headline: its rubrique, else its first tag. */
  kicker?: FacetLink;
  section?: FacetLink;
  type?: ArticleTypeView;
  status: PublicationStatus;
  image?: PhotoView;
}

export interface CorrectionView {
  date: ArticleDate;
  text: string;
}

/** A correction in the site's list of corrections: when, what, and the article it corrects. */
export interface ListedCorrectionView extends CorrectionView {
  article: TeaserView;
}

/** An article's page: everything the teaser has, and the byline, the tags, the body. */
export interface ArticleView extends TeaserView {
  authors: AuthorView[];
  tags: FacetLink[];
  updated?: ArticleDate;
  /** Oldest first: the byline says the latest, the end of the article lists them all. */
  corrections: CorrectionView[];
  /** Where the story was filed (`PARIS`); the body already opens with it. */
  dateline?: string;
  readingMinutes: number;
  /** The body's key in the body store: the page reads it once. */
  body: string;
  /** The crops of its photo crawlers are given (Open Graph, structured data); its drawn card without one. */
  social?: ArticleImage['social'];
}

export function facetLink(kind: FacetKind, facet: Facet): FacetLink {
  return { name: facet.name, slug: facet.slug, path: facetPath[kind](facet.slug) };
}

export function teaserOf(article: Article): TeaserView {
  const section = article.section && facetLink('section', article.section);
  const firstTag = article.tags[0];
  return {
    slug: article.slug,
    path: articlePath(article.slug),
    title: article.title,
    lang: article.lang,
    date: article.date,
    ...(article.description !== undefined && { description: article.description }),
    ...((section ?? firstTag) && { kicker: section ?? facetLink('tag', firstTag!) }),
    ...(section && { section }),
    ...(article.type && { type: { name: article.type.name, kind: article.type.kind } }),
    status: article.status,
    ...(article.image && { image: photoView(article.image) }),
  };
}

export function articleViewOf(article: Article): ArticleView {
  return {
    ...teaserOf(article),
    authors: article.authors.map((name) => {
      const facet = authorFacet(name);
      return facet ? { name, path: facetPath.author(facet.slug) } : { name };
    }),
    tags: article.tags.map((tag) => facetLink('tag', tag)),
    ...(article.updated && { updated: article.updated }),
    corrections: article.corrections.map(({ date, text }) => ({ date, text })),
    ...(article.dateline !== undefined && { dateline: article.dateline }),
    readingMinutes: readingMinutes(article.words),
    body: article.body,
    ...(article.image && { social: article.image.social }),
  };
}

function photoView({ alt, picture, thumb, caption, credit }: ArticleImage): PhotoView {
  return { alt, picture, thumb, ...(caption && { caption }), ...(credit && { credit }) };
}

/** What an author's page shows above the articles when the author has a profile. */
export type ProfileView = Omit<AuthorProfile, 'file' | 'photos'>;

export function profileViewOf(profile: AuthorProfile): ProfileView {
  const { name, slug, lang, links, role, portrait, email, bio } = profile;
  return {
    name,
    slug,
    lang,
    links,
    ...(role !== undefined && { role }),
    ...(portrait && { portrait }),
    ...(email !== undefined && { email }),
    ...(bio !== undefined && { bio }),
  };
}

/** A link to a page of the paper: the footer's, the policies'. */
export interface PageLink {
  name: string;
  path: string;
  /** The page's language, which its name is written in. */
  lang: string;
}

/** A page of the paper (À propos, Charte…), as its route shows it. */
export interface PaperPageView extends PageLink {
  slug: string;
  description?: string;
  updated?: ArticleDate;
  /** The body's key in the body store. */
  body: string;
}

export function pageLinkOf(page: PaperPage): PageLink {
  return { name: page.title, path: paperPagePath(page.slug), lang: page.lang };
}

export function paperPageViewOf(page: PaperPage): PaperPageView {
  return {
    ...pageLinkOf(page),
    slug: page.slug,
    ...(page.description !== undefined && { description: page.description }),
    ...(page.updated && { updated: page.updated }),
    body: page.body,
  };
}
