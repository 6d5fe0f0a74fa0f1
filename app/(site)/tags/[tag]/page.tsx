import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagPage } from '@/components/tag-page';
import { getTagListing, getTags } from '@/lib/content/articles';
import { tagListingMetadata } from '@/lib/seo';
import { staticParams } from '@/lib/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    getTags().map((tag) => ({ tag: tag.slug })),
    'tag',
  );
}

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const listing = getTagListing((await params).tag, 1);
  return listing ? tagListingMetadata(listing) : {};
}

export default async function TagFirstPage({ params }: TagPageProps) {
  const listing = getTagListing((await params).tag, 1);
  if (!listing) notFound();
  return <TagPage listing={listing} />;
}
