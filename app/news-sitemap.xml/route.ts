import { getNewsSitemap } from '@/lib/content';
import { routeResponse } from '@/lib/server/headers';
import { newsSitemapPath } from '@/lib/paths';
import { newsSitemapXml } from '@/lib/sitemaps';

export const dynamic = 'force-static';

export function GET() {
  return routeResponse(newsSitemapPath, newsSitemapXml(getNewsSitemap()));
}
