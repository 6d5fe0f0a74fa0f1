import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { getSectionsWithArticles } from '@/lib/content/articles';
import { rootMetadata } from '@/lib/seo';
import { site } from '@/lib/site';
import '../globals.css';

export const metadata = rootMetadata;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <SiteShell lang={site.lang} sections={getSectionsWithArticles()}>
      {children}
    </SiteShell>
  );
}
