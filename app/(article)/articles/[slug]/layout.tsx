import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { getArticlePage } from '@/lib/content';
import { rootMetadata } from '@/lib/seo';
import '../../../globals.css';

/** An article is its own document so that `<html lang>` speaks the article's language. */
export const generateMetadata = rootMetadata;

export default async function ArticleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const page = getArticlePage((await params).slug);
  if (!page) notFound();
  return (
    <SiteShell lang={page.article.lang} currentSection={page.article.section?.slug}>
      {children}
    </SiteShell>
  );
}
