import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { CorrectionsPage } from '@/components/corrections-page';
import { ListingPage } from '@/components/listing-page';
import {
  getCorrectionsPage,
  getListingPage,
  routeParams,
  type CorrectionsPageData,
  type ListingPageData,
  type Route,
} from '@/lib/content';
import { correctionsMetadata, listingMetadata } from '@/lib/seo';
import type { FacetKind } from '@/lib/paths';
import { pageNumber, staticParams } from '@/lib/static-params';

/**
 * The routes of every chronological listing: a tag's, an author's or a rubrique's first page
 * (`/tags/<slug>`), its archive pages (`/tags/<slug>/page/<n>`), the archive of every article
 * (`/page/<n>`), and the site's corrections (`/corrections`, `/corrections/page/<n>`). Each route file
 * exports these (with its own literal `dynamicParams`).
 */
interface RouteParams {
  slug?: string;
  page?: string;
}

type Listed = { kind: 'home' } | { kind: FacetKind };

export function listingRoute(listed: Listed, route: Route) {
  const pageOf = async (params: Promise<RouteParams>): Promise<ListingPageData | undefined> => {
    const { slug = '', page } = await params;
    const number = archivePageOf(page);
    if (number === null) return undefined;
    return getListingPage(listed.kind === 'home' ? listed : { kind: listed.kind, slug }, number);
  };
  return {
    generateStaticParams: () => {
      const keys = { facet: ['slug'], 'facet-archive': ['slug', 'page'] }[route as string] ?? ['page'];
      const params = routeParams(route)
        .filter((params) => listed.kind === 'home' || params.kind === listed.kind)
        .map((params) => Object.fromEntries(keys.map((key) => [key, params[key] ?? ''])));
      return staticParams(params, ...keys);
    },
    ...renderedBy(pageOf, listingMetadata, ListingPage),
  };
}

/** The site's corrections: its first page (`/corrections`, no params) and its archive pages. */
export function correctionsRoute() {
  const pageOf = async (params: Promise<RouteParams>): Promise<CorrectionsPageData | undefined> => {
    const number = archivePageOf((await params).page);
    return number === null ? undefined : getCorrectionsPage(number);
  };
  return {
    generateStaticParams: () =>
      staticParams(
        routeParams('corrections-archive').map(({ page = '' }) => ({ page })),
        'page',
      ),
    ...renderedBy(pageOf, correctionsMetadata, CorrectionsPage),
  };
}

/** A route's metadata and page, from its page's data: a 404 where there is none. */
function renderedBy<Data>(
  pageOf: (params: Promise<RouteParams>) => Promise<Data | undefined>,
  metadata: (page: Data) => Metadata,
  View: (props: { page: Data }) => ReactNode,
) {
  return {
    async generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
      const page = await pageOf(params);
      return page ? metadata(page) : {};
    },
    async Page({ params }: { params: Promise<RouteParams> }) {
      const page = await pageOf(params);
      if (!page) notFound();
      return <View page={page} />;
    },
  };
}

/** The archive page a route's `page` segment asks for: undefined for a first page, null for what is not a page number. */
function archivePageOf(segment: string | undefined): number | undefined | null {
  return segment === undefined ? undefined : (pageNumber(segment) ?? null);
}
