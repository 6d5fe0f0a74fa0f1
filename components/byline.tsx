import { Fragment } from 'react';
import type { ArticleView, AuthorView } from '@/lib/content';
import { fill, labelsFor } from '@/lib/text/labels';
import { CORRECTIONS_ID } from './corrections';
import { FormattedDate } from './formatted-date';

export interface BylineProps {
  article: ArticleView;
}

/**
 * Who wrote it, when (date and hour, and the update), how long it reads, and whether it was corrected
 * (the latest correction, leading to the list at the end of the article). Each part is a paragraph of
 * its own, so a screen reader pauses between them instead of running "Par La rédactionPublié le…".
 */
export function Byline({ article }: BylineProps) {
  const labels = labelsFor(article.lang);
  // Only `next dev` shows drafts and scheduled articles: their byline must not claim they are out.
  const dateLabel = { published: labels.published, draft: labels.draftDated, scheduled: labels.scheduledFor }[
    article.status
  ];
  const latestCorrection = article.corrections.at(-1);
  return (
    <div className="byline" data-pagefind-ignore="">
      <p className="byline-authors">
        {labels.by} <Authors authors={article.authors} lang={article.lang} />
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
      <p className="byline-reading">{fill(labels, 'readingTime', { minutes: article.readingMinutes })}</p>
      {latestCorrection && (
        <p className="byline-corrected">
          <a href={`#${CORRECTIONS_ID}`}>
            {labels.correctedOn} <FormattedDate date={latestCorrection.date} lang={article.lang} />
          </a>
        </p>
      )}
    </div>
  );
}

/** "Anne Martin et Paul Durand", each name a link to the author's page. */
function Authors({ authors, lang }: { authors: AuthorView[]; lang: string }) {
  const parts = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).formatToParts(
    authors.map((author) => author.name),
  );
  let next = 0;
  return (
    <>
      {parts.map((part, position) => {
        if (part.type !== 'element') return <Fragment key={position}>{part.value}</Fragment>;
        // Element parts come in the order of the names given.
        const author = authors[next++]!;
        return author.path ? (
          <a key={position} href={author.path} rel="author">
            {author.name}
          </a>
        ) : (
          <Fragment key={position}>{author.name}</Fragment>
        );
      })}
    </>
  );
}
