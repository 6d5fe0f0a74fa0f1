import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { JsonLd } from '@/components/json-ld';
import { RelatedArticles } from '@/components/related-articles';
import { getArticlePage, routeParams } from '@/lib/content';
import { articleMetadata } from '@/lib/seo';
import { staticParams } from '@/lib/static-params';
import { newsArticleJsonLd } from '@/lib/structured-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    routeParams('article').map(({ slug = '' }) => ({ slug })),
    'slug',
  );
}

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const page = getArticlePage((await params).slug);
  return page ? articleMetadata(page.article) : {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const page = getArticlePage((await params).slug);
  if (!page) notFound();
  return (
    <>
      <JsonLd data={newsArticleJsonLd(page.article)} />
      <ArticleView article={page.article} />
      <RelatedArticles articles={page.related} lang={page.article.lang} />
    </>
  );
}
