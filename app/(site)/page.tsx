import type { Metadata } from 'next';
import { ArticleList } from '@/components/article-list';
import { getPublishedArticles } from '@/lib/content/articles';
import { site } from '@/lib/site';

export const metadata: Metadata = {
  title: `${site.name} — ${site.tagline}`,
  description: site.description,
};

export default function HomePage() {
  return (
    <section className="front-page" aria-labelledby="a-la-une">
      <h1 id="a-la-une" className="section-title">
        À la une
      </h1>
      <ArticleList articles={getPublishedArticles()} />
    </section>
  );
}
