import { getSettings } from '@/lib/content';
import type { ReactNode } from 'react';
import { labelsFor } from '@/lib/text/labels';

import type { Crumb } from '@/lib/structured-data';
import { Breadcrumbs } from './breadcrumbs';

export interface SitePageProps {
  className: string;
  /** The page's heading. */
  title: string;
  /** Its name in the breadcrumbs, and its address. */
  crumb: Crumb;
  children: ReactNode;
}

/** A page of the site itself (search, legal notice): one level under the front page, in the site's language. */
export function SitePage({ className, title, crumb, children }: SitePageProps) {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  return (
    <section className={className} aria-labelledby={`${className}-title`}>
      <Breadcrumbs path={[crumb]} labels={labels} />
      <h1 id={`${className}-title`}>{title}</h1>
      {children}
    </section>
  );
}
