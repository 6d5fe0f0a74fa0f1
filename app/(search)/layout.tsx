import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { rootMetadata } from '@/lib/seo';
import { getSettings } from '@/lib/content';
import '../globals.css';

export const generateMetadata = rootMetadata;

/** The search page's document: the site's, less the masthead's search form, which the page's own form replaces. */
export default function SearchLayout({ children }: { children: ReactNode }) {
  return (
    <SiteShell lang={getSettings().lang} searchForm={false}>
      {children}
    </SiteShell>
  );
}
