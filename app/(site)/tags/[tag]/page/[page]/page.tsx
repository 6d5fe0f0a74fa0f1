import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagPage } from '@/components/tag-page';
import { getTagListing, getTagPageCounts } from '@/lib/content/articles';
import { tagListingMetadata } from '@/lib/seo';
import { pageNumber, staticParams } from '@/lib/static-params';

export const dynamicParams = false;

/** Page 1 of a tag is /tags/<tag> itself. */
export function generateStaticParams() {
  return staticParams(
    getTagPageCounts().flatMap(({ tag, pageCount }) =>
      Array.from({ length: pageCount - 1 }, (_, index) => ({ tag: tag.slug, page: String(index + 2) })),
    ),
    'tag',
    'page',
  );
}

interface TagNextPageProps {
  params: Promise<{ tag: string; page: string }>;
}

async function listingFor(params: TagNextPageProps['params']) {
  const { tag, page } = await params;
  const number = pageNumber(page);
  return number === undefined ? undefined : getTagListing(tag, number);
}

export async function generateMetadata({ params }: TagNextPageProps): Promise<Metadata> {
  const listing = await listingFor(params);
  return listing ? tagListingMetadata(listing) : {};
}

export default async function TagNextPage({ params }: TagNextPageProps) {
  const listing = await listingFor(params);
  if (!listing) notFound();
  return <TagPage listing={listing} />;
}
