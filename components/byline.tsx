import { Fragment } from 'react';
import type { Article } from '@/lib/content/articles';
import { publicationStatus } from '@/lib/content/publication';
import { readingMinutes } from '@/lib/content/reading-time';
import { authorFacet } from '@/lib/content/catalog';
import { fill, labelsFor } from '@/lib/text/labels';
import { facetPath } from '@/lib/paths';
import { FormattedDate } from './formatted-date';

export interface BylineProps {
  article: Article;
  /** The body, for the reading time. */
  html: string;
}

/**
 * Who wrote it, when (date and hour, and the update), how long it reads. Each part is a paragraph of
 * its own, so a screen reader pauses between them instead of running "Par La rédactionPublié le…".
 */
export function Byline({ article, html }: BylineProps) {
  const labels = labelsFor(article.lang);
  // Only `next dev` shows drafts and scheduled articles: their byline must not claim they are out.
  const dateLabel = { published: labels.published, draft: labels.draftDated, scheduled: labels.scheduledFor }[
    publicationStatus(article)
  ];
  return (
    <div className="byline" data-pagefind-ignore="">
      <p className="byline-authors">
        {labels.by} <Authors names={article.authors} lang={article.lang} />
      </p>
      <p className="byline-dates">
        <span>
          {dateLabel} <FormattedDate date={article.date} lang={article.lang} withTime />
        </span>
        {article.updated && (
          <span>
            {labels.updated} <FormattedDate date={article.updated} lang={article.lang} withTime />
          </span>
        )}
      </p>
      <p className="byline-reading">{fill(labels, 'readingTime', { minutes: readingMinutes(html) })}</p>
    </div>
  );
}

/** "Anne Martin et Paul Durand", each name a link to the author's page. */
function Authors({ names, lang }: { names: string[]; lang: string }) {
  const parts = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).formatToParts(names);
  return (
    <>
      {parts.map((part, position) => {
        if (part.type !== 'element') return <Fragment key={position}>{part.value}</Fragment>;
        // An element part is one of the names, as given.
        const author = authorFacet(part.value);
        return author ? (
          <a key={position} href={facetPath.author(author.slug)} rel="author">
            {part.value}
          </a>
        ) : (
          <Fragment key={position}>{part.value}</Fragment>
        );
      })}
    </>
  );
}
