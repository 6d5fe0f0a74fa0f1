import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FacetPage } from '@/components/facet-page';
import {
  getFacetListing,
  getFacetPageCounts,
  rendersPage,
  type FacetKind,
  type FacetListing,
} from '@/lib/content/articles';
import { facetListingMetadata } from '@/lib/seo';
import { facetPath } from '@/lib/site';
import { laterPages, pageNumber, staticParams } from '@/lib/static-params';

/**
 * The two routes of every listing of a tag, an author or a rubrique: `/<kind>/<slug>` (page 1) and
 * `/<kind>/<slug>/page/<n>`. Each route file exports these (with its own literal `dynamicParams`).
 */
interface RouteProps<Params> {
  params: Promise<Params>;
}

/** A listing route's metadata and page, given how its params name the listing. */
function facetRoute<Params>(listingFor: (params: Params) => FacetListing | undefined) {
  return {
    async generateMetadata({ params }: RouteProps<Params>): Promise<Metadata> {
      const listing = listingFor(await params);
      return listing ? facetListingMetadata(listing) : {};
    },
    async Page({ params }: RouteProps<Params>) {
      const listing = listingFor(await params);
      if (!listing) notFound();
      return <FacetPage listing={listing} />;
    },
  };
}

export function facetFirstPageRoute(kind: FacetKind) {
  return {
    generateStaticParams: () =>
      staticParams(
        getFacetPageCounts(kind)
          .filter(({ facet }) => rendersPage(facetPath[kind](facet.slug)))
          .map(({ facet }) => ({ slug: facet.slug })),
        'slug',
      ),
    ...facetRoute(({ slug }: { slug: string }) => getFacetListing(kind, slug, 1)),
  };
}

export function facetNextPageRoute(kind: FacetKind) {
  return {
    generateStaticParams: () =>
      staticParams(
        getFacetPageCounts(kind).flatMap(({ facet, pageCount }) =>
          laterPages(pageCount)
            .filter((page) => rendersPage(facetPath[kind](facet.slug, Number(page))))
            .map((page) => ({ slug: facet.slug, page })),
        ),
        'slug',
        'page',
      ),
    ...facetRoute(({ slug, page }: { slug: string; page: string }) => {
      const number = pageNumber(page);
      return number === undefined ? undefined : getFacetListing(kind, slug, number);
    }),
  };
}
