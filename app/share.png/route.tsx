import { shareImageResponse } from '@/components/share-image';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

export function GET() {
  return shareImageResponse({ title: site.description, kicker: site.tagline });
}
