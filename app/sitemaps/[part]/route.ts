import { getSitemapPart, routeParams } from '@/lib/content';
import { routeResponse } from '@/lib/server/headers';
import { sitemapPath } from '@/lib/paths';
import { sitemapXml } from '@/lib/sitemaps';
import { staticParams } from '@/lib/static-params';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    routeParams('sitemap-part').map(({ part }) => ({ part: `${part}.xml` })),
    'part',
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const part = /^(.+)\.xml$/.exec((await params).part)?.[1];
  const entries = part === undefined ? undefined : getSitemapPart(part);
  if (!entries) return new Response('Not found', { status: 404 });
  return routeResponse(sitemapPath(part!), sitemapXml(entries));
}
