import { getSitemapIndex } from '@/lib/content';
import { routeResponse } from '@/lib/server/headers';
import { sitemapIndexPath } from '@/lib/paths';
import { sitemapIndexXml } from '@/lib/sitemaps';

export const dynamic = 'force-static';

export function GET() {
  return routeResponse(sitemapIndexPath, sitemapIndexXml(getSitemapIndex()));
}
