import { getPublishedArticles } from '@/lib/content/articles';
import { site } from '@/lib/site';
import { atom } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(atom(getPublishedArticles().slice(0, site.feedSize)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
