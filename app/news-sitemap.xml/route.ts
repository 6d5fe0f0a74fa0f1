import { routeResponse } from '@/lib/server/headers';
import { newsSitemapXml } from '@/lib/sitemaps';

export const dynamic = 'force-static';

export function GET() {
  return routeResponse('/news-sitemap.xml', newsSitemapXml());
}
