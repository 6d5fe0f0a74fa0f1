import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { getSettings } from '@/lib/content';
import { rootMetadata } from '@/lib/seo';
import '../globals.css';

export const generateMetadata = rootMetadata;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell lang={getSettings().lang}>{children}</SiteShell>;
}
