import { notFound } from 'next/navigation';
import { FrontPage } from '@/components/front-page';
import { getListingPage } from '@/lib/content/articles';
import { frontPageMetadata } from '@/lib/seo';

export const generateMetadata = frontPageMetadata;

export default function HomePage() {
  const listing = getListingPage(1);
  if (!listing) notFound();
  return <FrontPage listing={listing} />;
}
