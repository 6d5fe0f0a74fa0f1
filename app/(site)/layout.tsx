import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { site } from '@/lib/site';
import '../globals.css';

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell lang={site.lang}>{children}</SiteShell>;
}
