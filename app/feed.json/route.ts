import { getPublishedArticles } from '@/lib/content/articles';
import { site } from '@/lib/site';
import { jsonFeed11 } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(jsonFeed11(getPublishedArticles().slice(0, site.feedSize)), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
