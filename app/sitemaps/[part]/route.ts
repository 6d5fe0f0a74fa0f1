import { sitemapParts, sitemapXml } from '@/lib/sitemaps';
import { routeResponse } from '@/lib/server/headers';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return sitemapParts().map((_, index) => ({ part: `${index + 1}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const { part } = await params;
  const number = /^([1-9]\d*)\.xml$/.exec(part)?.[1];
  const entries = number === undefined ? undefined : sitemapParts()[Number(number) - 1];
  if (!entries) return new Response('Not found', { status: 404 });
  return routeResponse(`/sitemaps/${part}`, sitemapXml(entries));
}
