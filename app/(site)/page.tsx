import { notFound } from 'next/navigation';
import { FrontPage } from '@/components/front-page';
import { getListingPage } from '@/lib/content/articles';
import { listingMetadata } from '@/lib/seo';
import { listingPath, site } from '@/lib/site';

export const metadata = listingMetadata({
  title: `${site.name} — ${site.tagline}`,
  description: site.description,
  path: listingPath(1),
});

export default function HomePage() {
  const listing = getListingPage(1);
  if (!listing) notFound();
  return <FrontPage listing={listing} />;
}
