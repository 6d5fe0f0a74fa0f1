import type { Metadata } from 'next';
import { SearchPage } from '@/components/search-page';
import { listingMetadata } from '@/lib/seo';
import { searchPath, site } from '@/lib/site';

export const metadata: Metadata = {
  ...listingMetadata({
    title: `Rechercher — ${site.name}`,
    description: `Rechercher dans tous les articles de ${site.name}.`,
    path: searchPath,
  }),
  // A page of results is not a page to index.
  robots: { index: false, follow: true },
};

export default function SearchRoute() {
  return <SearchPage />;
}
