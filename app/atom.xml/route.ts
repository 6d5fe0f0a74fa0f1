import { getFeedArticles } from '@/lib/content/articles';
import { atom } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(atom(getFeedArticles()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
