import { getSettings, getShell, type CorrectionsPageData } from '@/lib/content';
import { correctionsPath } from '@/lib/paths';
import { siteJsonLd } from '@/lib/structured-data';
import { langIfOther } from '@/lib/text/languages';
import { fill, labelsFor } from '@/lib/text/labels';
import { typeset } from '@/lib/text/typography';
import { Breadcrumbs } from './breadcrumbs';
import { FormattedDate } from './formatted-date';
import { JsonLd } from './json-ld';
import { ListingHeader } from './listing-page';
import { Pagination } from './pagination';
import { TypesetTitle } from './typeset-title';

export interface CorrectionsPageProps {
  page: CorrectionsPageData;
}

/**
 * Every correction the paper made, newest first, each under the headline of the article it corrects:
 * a listing like the others, its archive pages numbered from the oldest.
 */
export function CorrectionsPage({ page }: CorrectionsPageProps) {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  const archive = page.page === undefined ? undefined : fill(labels, 'archivePage', { page: page.page });
  const policy = getShell().policies.correctionsPolicy;
  return (
    <section className="listing corrections-listing" aria-labelledby="listing-title">
      <JsonLd data={siteJsonLd()} />
      <Breadcrumbs
        path={[
          { name: labels.corrections, path: correctionsPath() },
          ...(archive ? [{ name: archive, path: page.path }] : []),
        ]}
        labels={labels}
      />
      <ListingHeader title={labels.corrections} archive={archive} span={page.span}>
        <p className="listing-intro">{labels.correctionsIntro}</p>
        {policy && (
          <p className="listing-intro" lang={langIfOther(policy.lang, site.lang)}>
            <a href={policy.path}>{policy.name}</a>
          </p>
        )}
      </ListingHeader>
      {page.corrections.length === 0 ? (
        <p className="empty">{labels.noCorrections}</p>
      ) : (
        <ol className="correction-list">
          {page.corrections.map(({ article, date, text }) => (
            <li key={`${article.slug} ${date.iso} ${text}`} lang={article.lang}>
              <h2 className="teaser-title">
                <a href={article.path}>
                  <TypesetTitle text={article.title} lang={article.lang} />
                </a>
              </h2>
              <p>
                <FormattedDate date={date} lang={article.lang} />
                {'\u00A0— '}
                {typeset(text, article.lang)}
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination newer={page.newer} older={page.older} labels={labels} />
    </section>
  );
}
