import { FrontPage } from '@/components/front-page';
import { getFrontPage } from '@/lib/content';
import { frontPageMetadata } from '@/lib/seo';

export const generateMetadata = frontPageMetadata;

export default function HomePage() {
  return <FrontPage page={getFrontPage()} />;
}
