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
  /** The page's language, where it is not the site's. */
  lang?: string;
  children: ReactNode;
}

/** A page of the site itself (search, a page of the paper): one level under the front page. */
export function SitePage({ className, title, crumb, lang, children }: SitePageProps) {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  return (
    <section className={className} aria-labelledby={`${className}-title`} lang={lang}>
      <Breadcrumbs path={[crumb]} labels={labels} />
      <h1 id={`${className}-title`}>{title}</h1>
      {children}
    </section>
  );
}
