import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { rootMetadata } from '@/lib/seo';
import { site } from '@/lib/site';
import '../globals.css';

export const metadata = rootMetadata;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell lang={site.lang}>{children}</SiteShell>;
}
