import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { rootMetadata } from '@/lib/seo';
import { getArticle, getSectionsWithArticles } from '@/lib/content/articles';
import '../../../globals.css';

/** An article is its own document so that `<html lang>` speaks the article's language. */
export const metadata = rootMetadata;

export default async function ArticleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return (
    <SiteShell lang={article.lang} sections={getSectionsWithArticles()} currentSection={article.section?.slug}>
      {children}
    </SiteShell>
  );
}
