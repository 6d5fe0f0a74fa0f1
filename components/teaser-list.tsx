import type { TeaserView } from '@/lib/content';
import { getSettings } from '@/lib/content';
import { labelsFor } from '@/lib/text/labels';
import { typeset } from '@/lib/text/typography';
import { PHOTO_SIZES } from '@/lib/media/markup';
import { FormattedDate } from './formatted-date';
import { Picture } from './picture';
import { PreviewBanner } from './preview-banner';
import { TypesetTitle } from './typeset-title';

export interface TeaserListProps {
  teasers: TeaserView[];
  /** The heading level of each headline: 2 under a page's h1, 3 under a section's h2. */
  level?: 2 | 3;
}

/** A chronological list of stories: rubrique, headline as a link, date, one line of lead, a thumbnail when there is a photo. */
export function TeaserList({ teasers, level = 2 }: TeaserListProps) {
  const site = getSettings();
  if (teasers.length === 0) return <p className="empty">{labelsFor(site.lang).noArticles}</p>;
  return (
    <ol className="teaser-list">
      {teasers.map((teaser) => (
        <li key={teaser.slug} lang={teaser.lang}>
          <Teaser teaser={teaser} level={level} />
        </li>
      ))}
    </ol>
  );
}

export interface TeaserProps {
  teaser: TeaserView;
  level?: 2 | 3;
  /** The lead's text too, under the headline. */
  withLead?: boolean;
  className?: string;
}

/** One story, as listings and the front page show it. */
export function Teaser({ teaser, level = 2, withLead = true, className = 'teaser' }: TeaserProps) {
  const site = getSettings();
  const Heading = level === 2 ? 'h2' : 'h3';
  const opinion = teaser.type?.kind === 'opinion';
  return (
    <article className={`${className}${opinion ? ' opinion' : ''}`}>
      {teaser.image && (
        // Its headline says what the story is: the thumbnail is only seen, not read.
        <Picture
          className="teaser-thumb"
          picture={teaser.image.thumb}
          alt=""
          sizes={PHOTO_SIZES.thumb}
          loading="lazy"
        />
      )}
      <div className="teaser-text">
        {(teaser.type || teaser.kicker) && (
          <p className="kicker" lang={site.lang}>
            {teaser.type && <span className="article-type">{teaser.type.name}</span>}
            {teaser.type && teaser.kicker && ' '}
            {teaser.kicker?.name}
          </p>
        )}
        <Heading className="teaser-title">
          <a href={teaser.path}>
            <TypesetTitle text={teaser.title} lang={teaser.lang} />
          </a>
        </Heading>
        <p className="teaser-date">
          <FormattedDate date={teaser.date} lang={teaser.lang} />
        </p>
        <PreviewBanner status={teaser.status} date={teaser.date} />
        {withLead && teaser.description && <p className="teaser-lead">{typeset(teaser.description, teaser.lang)}</p>}
      </div>
    </article>
  );
}
