import type {
  BreadcrumbList,
  NewsArticle,
  NewsMediaOrganization,
  NewsMediaOrganizationLeaf,
  Organization,
  Person,
  ProfilePage,
  WebSite,
  WithContext,
} from 'schema-dts';
import {
  absoluteUrl,
  changedAt,
  getSettings,
  getShell,
  type ArticleView as Article,
  type AuthorView,
  type ProfileView,
} from './content';
import type { Policy } from './content/paper-pages';
import type { ArticleKind } from './content/settings';
import { shareImagePath } from './paths';

/** schema.org data for search engines, typed by schema-dts so a misspelt property does not compile. */
const organizationId = () => absoluteUrl('/#organization');

/**
 * The paper, with the pages where it says how it works (its principles, its ethics, how it corrects,
 * who it is, how to reach it, who owns it): Google News and the Trust Project read them here.
 */
function publisher(): NewsMediaOrganization {
  const site = getSettings();
  // Pick<> refuses a policy that is not a property of a NewsMediaOrganization.
  const policies: Pick<NewsMediaOrganizationLeaf, Policy> = Object.fromEntries(
    Object.entries(getShell().policies).map(([policy, page]) => [policy, absoluteUrl(page.path)]),
  );
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(),
    name: site.publisher.name,
    url: absoluteUrl('/'),
    ...policies,
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(site.publisher.logo.path),
      width: { '@type': 'QuantitativeValue', value: site.publisher.logo.width, unitCode: 'E37' },
      height: { '@type': 'QuantitativeValue', value: site.publisher.logo.height, unitCode: 'E37' },
    },
  };
}

function author({ name, path }: AuthorView): Person | Organization {
  return name === getSettings().newsroom
    ? { '@type': 'Organization', name, url: absoluteUrl('/') }
    : { '@type': 'Person', name, ...(path && { url: absoluteUrl(path) }) };
}

/** The schema.org type of each kind of article: Google News sets opinion and analysis apart from reporting. */
const SCHEMA_TYPES: Record<ArticleKind, NewsArticle['@type']> = {
  news: 'NewsArticle',
  brief: 'NewsArticle',
  interview: 'NewsArticle',
  analysis: 'AnalysisNewsArticle',
  reportage: 'ReportageNewsArticle',
  opinion: 'OpinionNewsArticle',
  background: 'BackgroundNewsArticle',
  review: 'ReviewNewsArticle',
};

export function newsArticleJsonLd(article: Article): WithContext<NewsArticle> {
  const url = absoluteUrl(article.path);
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[article.type?.kind ?? 'news'],
    headline: article.title,
    description: article.description,
    // Google wants 16:9, 4:3 and 1:1 images at least 1,200 px wide: the photo's crops, else the drawn card.
    image: article.social
      ? article.social.structured.map((crop) => absoluteUrl(crop.url))
      : [absoluteUrl(shareImagePath(article.slug))],
    datePublished: article.date.iso,
    dateModified: changedAt(article).iso,
    author: article.authors.map(author),
    publisher: publisher(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: article.lang,
    keywords: article.tags.map((tag) => tag.name),
    isAccessibleForFree: true,
    ...(article.dateline !== undefined && { dateline: article.dateline }),
    ...(article.corrections.length > 0 && {
      correction: article.corrections.map(({ date, text }) => ({
        '@type': 'CorrectionComment' as const,
        text,
        datePublished: date.iso,
      })),
    }),
  };
}

export function siteJsonLd(): { '@context': 'https://schema.org'; '@graph': (WebSite | NewsMediaOrganization)[] } {
  const site = getSettings();
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': absoluteUrl('/#website'),
        name: site.name,
        description: site.description,
        url: absoluteUrl('/'),
        inLanguage: site.lang,
        publisher: { '@id': organizationId() },
      },
      publisher(),
    ],
  };
}

/** An author's page with a profile: a ProfilePage about the Person, who works for the paper. */
export function profilePageJsonLd(profile: ProfileView, path: string): WithContext<ProfilePage> {
  const url = absoluteUrl(path);
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': url,
    url,
    name: profile.name,
    inLanguage: getSettings().lang,
    isPartOf: { '@id': absoluteUrl('/#website') },
    mainEntity: {
      '@type': 'Person',
      '@id': `${url}#person`,
      name: profile.name,
      url,
      ...(profile.role !== undefined && { jobTitle: profile.role }),
      ...(profile.portrait && { image: absoluteUrl(profile.portrait.image) }),
      ...(profile.links.length > 0 && { sameAs: profile.links.map((link) => link.url) }),
      ...(profile.email !== undefined && { email: profile.email }),
      worksFor: { '@id': organizationId() },
    },
  };
}

export interface Crumb {
  name: string;
  path: string;
}

/** The trail from the front page to the page, as search engines show it under a result. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped so that a title
 * containing `</script>` cannot close the element early, and U+2028/2029 so it stays valid JS.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
