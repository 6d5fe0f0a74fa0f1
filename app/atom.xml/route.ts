import { getPublishedArticles } from '@/lib/content/articles';
import { site } from '@/lib/site';
import { buildFeed } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(buildFeed(getPublishedArticles().slice(0, site.feedSize)).atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
