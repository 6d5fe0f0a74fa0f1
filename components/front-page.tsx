import type { ReactNode } from 'react';
import { getSettings, type FrontPageData } from '@/lib/content';
import { fill, labelsFor } from '@/lib/text/labels';
import { siteJsonLd } from '@/lib/structured-data';
import { FormattedDate } from './formatted-date';
import { PHOTO_SIZES } from '@/lib/media/markup';
import { JsonLd } from './json-ld';
import { Picture } from './picture';
import { Teaser, TeaserList } from './teaser-list';
import { TypesetTitle } from './typeset-title';

export interface FrontPageProps {
  page: FrontPageData;
}

/**
 * The front page as the desk made it: the lead story with its photo, the stories that follow, "En
 * continu" (the latest briefs), a block for each rubrique, then every newer article not shown above,
 * down to the archive.
 */
export function FrontPage({ page }: FrontPageProps) {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  return (
    <div className="front-page">
      <JsonLd data={siteJsonLd()} />
      <h1 className="visually-hidden">{site.name}</h1>
      {page.lead && (
        <section className="front-lead" aria-label={labels.frontPage}>
          {page.lead.image && (
            <Picture
              className="lead-photo"
              picture={page.lead.image.picture}
              alt={page.lead.image.alt}
              sizes={PHOTO_SIZES.frontLead}
              loading="first"
            />
          )}
          <Teaser teaser={{ ...page.lead, image: undefined }} className="teaser teaser-lead-story" />
        </section>
      )}
      {page.featured.length > 0 && (
        <Block name="featured" title={labels.featured}>
          <ul className="featured-grid">
            {page.featured.map((teaser) => (
              <li key={teaser.slug} lang={teaser.lang}>
                <Teaser teaser={teaser} level={3} />
              </li>
            ))}
          </ul>
        </Block>
      )}
      {page.briefs.length > 0 && (
        <Block name="briefs" title={labels.briefs}>
          <ol className="brief-list">
            {page.briefs.map((brief) => (
              <li key={brief.slug} lang={brief.lang}>
                <FormattedDate date={brief.date} lang={brief.lang} />{' '}
                <a href={brief.path}>
                  <TypesetTitle text={brief.title} lang={brief.lang} />
                </a>
              </li>
            ))}
          </ol>
        </Block>
      )}
      {page.sections.map(({ section, teasers }) => (
        <section key={section.slug} className="front-section" aria-labelledby={`rubrique-${section.slug}`}>
          <h2 id={`rubrique-${section.slug}`} className="section-title">
            <a href={section.path}>{section.name}</a>
          </h2>
          <TeaserList teasers={teasers} level={3} />
          <p className="more">
            <a href={section.path}>{fill(labels, 'moreInSection', { name: section.name })}</a>
          </p>
        </section>
      ))}
      {page.latest.length > 0 && (
        <Block name="latest" title={labels.latest}>
          <TeaserList teasers={page.latest} level={3} />
        </Block>
      )}
      {page.older && (
        <nav className="pagination" aria-label={labels.pages}>
          <a href={page.older} rel="next">
            {labels.older}
          </a>
        </nav>
      )}
    </div>
  );
}

/** A block of the front page under its heading, which names it. */
function Block({ name, title, children }: { name: string; title: ReactNode; children: ReactNode }) {
  return (
    <section className={`front-${name}`} aria-labelledby={`front-${name}-title`}>
      <h2 id={`front-${name}-title`} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
