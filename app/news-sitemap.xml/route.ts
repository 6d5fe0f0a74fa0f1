import { xmlResponse } from '@/lib/xml';
import { newsSitemapXml } from '@/lib/sitemaps';

export const dynamic = 'force-static';

export function GET() {
  return xmlResponse(newsSitemapXml());
}
