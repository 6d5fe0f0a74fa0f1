import { getPublishedArticles } from '@/lib/content/articles';
import { site } from '@/lib/site';
import { rss } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(rss(getPublishedArticles().slice(0, site.feedSize)), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
