import { xmlResponse } from '@/lib/xml';
import { sitemapIndexXml } from '@/lib/sitemaps';

export const dynamic = 'force-static';

export function GET() {
  return xmlResponse(sitemapIndexXml());
}
