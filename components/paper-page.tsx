import { getSettings, readBody, type PaperPageView } from '@/lib/content';
import { siteJsonLd } from '@/lib/structured-data';
import { langIfOther } from '@/lib/text/languages';
import { labelsFor } from '@/lib/text/labels';
import { ArticleBody } from './article-body';
import { FormattedDate } from './formatted-date';
import { JsonLd } from './json-ld';
import { SitePage } from './site-page';

export interface PaperPageProps {
  page: PaperPageView;
}

/**
 * A page of the paper itself (À propos, Charte déontologique, Mentions légales…): its title, when it
 * last changed if the editor says, and its text, set as an article's.
 */
export function PaperPage({ page }: PaperPageProps) {
  const site = getSettings();
  const labels = labelsFor(page.lang);
  return (
    <SitePage className="paper-page" title={page.name} crumb={page} lang={langIfOther(page.lang, site.lang)}>
      <JsonLd data={siteJsonLd()} />
      {page.updated && (
        <p className="paper-page-updated">
          {labels.updated} <FormattedDate date={page.updated} lang={page.lang} />
        </p>
      )}
      <ArticleBody html={readBody(page.body)} />
    </SitePage>
  );
}
