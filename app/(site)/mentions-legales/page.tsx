import type { Metadata } from 'next';
import { LegalNotice } from '@/components/legal-notice';
import { listingMetadata } from '@/lib/seo';
import { legalPath, site } from '@/lib/site';

export const metadata: Metadata = listingMetadata({
  title: `Mentions légales — ${site.name}`,
  description: `Qui publie ${site.name}, qui en répond, qui l’héberge, et comment écrire à la rédaction.`,
  path: legalPath,
});

export default function LegalNoticePage() {
  return <LegalNotice />;
}
