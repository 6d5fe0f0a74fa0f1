import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing-page';
import { getListingPage, routeParams, type ListingPageData, type Route } from '@/lib/content';
import { listingMetadata } from '@/lib/seo';
import type { FacetKind } from '@/lib/paths';
import { pageNumber, staticParams } from '@/lib/static-params';

/**
 * The routes of every chronological listing: a tag's, an author's or a rubrique's first page
 * (`/tags/<slug>`), its archive pages (`/tags/<slug>/page/<n>`), and the archive of every article
 * (`/page/<n>`). Each route file exports these (with its own literal `dynamicParams`).
 */
interface RouteParams {
  slug?: string;
  page?: string;
}

type Listed = { kind: 'home' } | { kind: FacetKind };

export function listingRoute(listed: Listed, route: Route) {
  const pageOf = async (params: Promise<RouteParams>): Promise<ListingPageData | undefined> => {
    const { slug = '', page } = await params;
    const number = page === undefined ? undefined : pageNumber(page);
    if (page !== undefined && number === undefined) return undefined;
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
    async generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
      const page = await pageOf(params);
      return page ? listingMetadata(page) : {};
    },
    async Page({ params }: { params: Promise<RouteParams> }) {
      const page = await pageOf(params);
      if (!page) notFound();
      return <ListingPage page={page} />;
    },
  };
}
