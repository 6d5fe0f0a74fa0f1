import { routeResponse } from '@/lib/server/headers';
import { sitemapIndexXml } from '@/lib/sitemaps';

export const dynamic = 'force-static';

export function GET() {
  return routeResponse('/sitemap.xml', sitemapIndexXml());
}
