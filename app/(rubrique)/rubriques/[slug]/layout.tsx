import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { getSettings } from '@/lib/content';
import { rootMetadata } from '@/lib/seo';
import '../../../globals.css';

/** A rubrique's pages are a document of their own so that the navigation marks the rubrique as the current one. */
export const generateMetadata = rootMetadata;

export default async function RubriqueLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  return (
    <SiteShell lang={getSettings().lang} currentSection={(await params).slug}>
      {children}
    </SiteShell>
  );
}
