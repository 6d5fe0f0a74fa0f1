import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FacetPage } from '@/components/facet-page';
import { getFacetListing, getFacetPageCounts, type FacetKind } from '@/lib/content/articles';
import { facetListingMetadata } from '@/lib/seo';
import { pageNumber, staticParams } from '@/lib/static-params';

/**
 * The two routes of every listing of a tag, an author or a rubrique: `/<kind>/<slug>` (page 1) and
 * `/<kind>/<slug>/page/<n>`. Each route file exports these (with its own literal `dynamicParams`).
 */
interface FirstPageProps {
  params: Promise<{ slug: string }>;
}

interface NextPageProps {
  params: Promise<{ slug: string; page: string }>;
}

export function facetFirstPageRoute(kind: FacetKind) {
  const listingFor = async (params: FirstPageProps['params']) => getFacetListing(kind, (await params).slug, 1);
  return {
    generateStaticParams: () =>
      staticParams(
        getFacetPageCounts(kind).map(({ facet }) => ({ slug: facet.slug })),
        'slug',
      ),
    async generateMetadata({ params }: FirstPageProps): Promise<Metadata> {
      const listing = await listingFor(params);
      return listing ? facetListingMetadata(listing) : {};
    },
    async Page({ params }: FirstPageProps) {
      const listing = await listingFor(params);
      if (!listing) notFound();
      return <FacetPage listing={listing} />;
    },
  };
}

export function facetNextPageRoute(kind: FacetKind) {
  const listingFor = async (params: NextPageProps['params']) => {
    const { slug, page } = await params;
    const number = pageNumber(page);
    return number === undefined ? undefined : getFacetListing(kind, slug, number);
  };
  return {
    generateStaticParams: () =>
      staticParams(
        getFacetPageCounts(kind).flatMap(({ facet, pageCount }) =>
          Array.from({ length: pageCount - 1 }, (_, index) => ({ slug: facet.slug, page: String(index + 2) })),
        ),
        'slug',
        'page',
      ),
    async generateMetadata({ params }: NextPageProps): Promise<Metadata> {
      const listing = await listingFor(params);
      return listing ? facetListingMetadata(listing) : {};
    },
    async Page({ params }: NextPageProps) {
      const listing = await listingFor(params);
      if (!listing) notFound();
      return <FacetPage listing={listing} />;
    },
  };
}
