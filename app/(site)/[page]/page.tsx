import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PaperPage } from '@/components/paper-page';
import { getPaperPage, routeParams } from '@/lib/content';
import { paperPageMetadata } from '@/lib/seo';
import { staticParams } from '@/lib/static-params';

/** The paper's own pages, from content/pages/<slug>.md: /a-propos, /mentions-legales… */
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    routeParams('paper-page').map(({ page = '' }) => ({ page })),
    'page',
  );
}

interface PaperPageRouteProps {
  params: Promise<{ page: string }>;
}

export async function generateMetadata({ params }: PaperPageRouteProps): Promise<Metadata> {
  const data = getPaperPage((await params).page);
  return data ? paperPageMetadata(data.page) : {};
}

export default async function PaperPageRoute({ params }: PaperPageRouteProps) {
  const data = getPaperPage((await params).page);
  if (!data) notFound();
  return <PaperPage page={data.page} />;
}
