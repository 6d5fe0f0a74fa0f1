import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { getSectionsWithArticles } from '@/lib/content/articles';
import { rootMetadata } from '@/lib/seo';
import { site } from '@/lib/site';
import '../../../globals.css';

/** A rubrique's pages are a document of their own so that the navigation marks the rubrique as the current one. */
export const metadata = rootMetadata;

export default async function RubriqueLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  return (
    <SiteShell lang={site.lang} sections={getSectionsWithArticles()} currentSection={(await params).slug}>
      {children}
    </SiteShell>
  );
}
