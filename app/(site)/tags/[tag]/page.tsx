import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { JsonLd } from '@/components/json-ld';
import { getArticlesByTag, getTags } from '@/lib/content/articles';
import { listingMetadata } from '@/lib/seo';
import { site, tagPath } from '@/lib/site';
import { siteJsonLd } from '@/lib/structured-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const listing = getArticlesByTag((await params).tag);
  if (!listing) return {};
  return listingMetadata({
    title: `${listing.tag.name} : toute l’actualité — ${site.name}`,
    description: `Les articles de ${site.name} sur ${listing.tag.name}, du plus récent au plus ancien.`,
    path: tagPath(listing.tag.slug),
  });
}

export default async function TagPage({ params }: TagPageProps) {
  const listing = getArticlesByTag((await params).tag);
  if (!listing) notFound();
  return (
    <section aria-labelledby="tag-title">
      <JsonLd data={siteJsonLd()} />
      <h1 id="tag-title" className="section-title">
        {listing.tag.name}
      </h1>
      <ArticleList articles={listing.articles} />
    </section>
  );
}
