import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontPage } from '@/components/front-page';
import { getListingPage, rendersPage } from '@/lib/content/articles';
import { listingPageMetadata } from '@/lib/seo';
import { listingPath } from '@/lib/paths';
import { laterPages, pageNumber, staticParams } from '@/lib/static-params';

export const dynamicParams = false;

/** Page 1 is the front page itself, at `/`. */
export function generateStaticParams() {
  const pageCount = getListingPage(1)?.pageCount ?? 1;
  return staticParams(
    laterPages(pageCount)
      .filter((page) => rendersPage(listingPath(Number(page))))
      .map((page) => ({ page })),
    'page',
  );
}

interface ListingPageProps {
  params: Promise<{ page: string }>;
}

async function listingFor(params: ListingPageProps['params']) {
  const number = pageNumber((await params).page);
  return number === undefined ? undefined : getListingPage(number);
}

export async function generateMetadata({ params }: ListingPageProps): Promise<Metadata> {
  const listing = await listingFor(params);
  return listing ? listingPageMetadata(listing) : {};
}

export default async function ListingPage({ params }: ListingPageProps) {
  const listing = await listingFor(params);
  if (!listing) notFound();
  return <FrontPage listing={listing} />;
}
