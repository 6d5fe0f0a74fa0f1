import { shareImageResponse } from '@/components/share-image';
import { getArticle, publishedArticleParams } from '@/lib/content/articles';
import { formatLongDate } from '@/lib/content/dates';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = publishedArticleParams;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) return new Response('Not found', { status: 404 });
  return shareImageResponse({
    title: article.title,
    kicker: article.tags[0]?.name,
    footnote: formatLongDate(article.date.instant, article.lang),
  });
}
