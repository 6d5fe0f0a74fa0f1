import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { getArticlesByTag, getTags } from '@/lib/content/articles';
import { site } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const listing = getArticlesByTag((await params).tag);
  return listing ? { title: `${listing.tag.name} — ${site.name}`, description: `Les articles de ${site.name} sur ${listing.tag.name}.` } : {};
}

export default async function TagPage({ params }: TagPageProps) {
  const listing = getArticlesByTag((await params).tag);
  if (!listing) notFound();
  return (
    <section aria-labelledby="tag-title">
      <h1 id="tag-title" className="section-title">
        {listing.tag.name}
      </h1>
      <ArticleList articles={listing.articles} />
    </section>
  );
}
