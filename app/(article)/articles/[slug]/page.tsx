import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { JsonLd } from '@/components/json-ld';
import { RelatedArticles } from '@/components/related-articles';
import { getArticle, getRelatedArticles, publishedArticleParams } from '@/lib/content/articles';
import { articleMetadata } from '@/lib/seo';
import { staticParams } from '@/lib/static-params';
import { newsArticleJsonLd } from '@/lib/structured-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(publishedArticleParams(), 'slug');
}

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article)} />
      <ArticleView article={article} />
      <RelatedArticles articles={getRelatedArticles(article)} lang={article.lang} />
    </>
  );
}
