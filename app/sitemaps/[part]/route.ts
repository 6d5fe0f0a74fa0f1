import { sitemapParts, sitemapXml } from '@/lib/sitemaps';
import { xmlResponse } from '@/lib/xml';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return sitemapParts().map((_, index) => ({ part: `${index + 1}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const number = /^([1-9]\d*)\.xml$/.exec((await params).part)?.[1];
  const entries = number === undefined ? undefined : sitemapParts()[Number(number) - 1];
  if (!entries) return new Response('Not found', { status: 404 });
  return xmlResponse(sitemapXml(entries));
}
