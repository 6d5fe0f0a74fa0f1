import { SearchPage } from '@/components/search-page';
import { searchMetadata } from '@/lib/seo';

export const generateMetadata = searchMetadata;

export default function SearchRoute() {
  return <SearchPage />;
}
