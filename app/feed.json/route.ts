import { getFeedArticles } from '@/lib/content/articles';
import { jsonFeed11 } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(jsonFeed11(getFeedArticles()), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
