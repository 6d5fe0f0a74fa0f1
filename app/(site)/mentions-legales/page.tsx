import { LegalNotice } from '@/components/legal-notice';
import { legalNoticeMetadata } from '@/lib/seo';

export const generateMetadata = legalNoticeMetadata;

export default function LegalNoticePage() {
  return <LegalNotice />;
}
