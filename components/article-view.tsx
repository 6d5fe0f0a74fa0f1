import type { Article } from '@/lib/content/articles';
import { labelsFor } from '@/lib/labels';
import { publicationStatus } from '@/lib/content/publication';
import { tagPath } from '@/lib/site';
import { ArticleBody } from './article-body';
import { FormattedDate } from './formatted-date';
import { PreviewBanner } from './preview-banner';

export interface ArticleViewProps {
  article: Article;
}

/** An article as a newspaper prints it: kicker, headline, lead, byline, body, tags. */
export function ArticleView({ article }: ArticleViewProps) {
  const [kicker] = article.tags;
  const label = labelsFor(article.lang);
  // Only `next dev` shows drafts and scheduled articles: their byline must not claim they are out.
  const dateLabel = { published: label.published, draft: label.draftDated, scheduled: label.scheduledFor }[
    publicationStatus(article)
  ];
  return (
    <article className="article" lang={article.lang}>
      <PreviewBanner article={article} />
      <header className="article-header">
        {kicker && (
          <p className="kicker">
            <a href={tagPath(kicker.slug)}>{kicker.name}</a>
          </p>
        )}
        <h1>{article.title}</h1>
        {article.description && <p className="lead">{article.description}</p>}
        <p className="byline">
          <span className="byline-author">
            {label.by} {formatAuthors(article.authors, article.lang)}
          </span>
          <span className="byline-dates">
            {dateLabel} <FormattedDate date={article.date} lang={article.lang} />
            {article.updated && (
              <>
                {` · ${label.updated} `}
                <FormattedDate date={article.updated} lang={article.lang} />
              </>
            )}
          </span>
        </p>
      </header>
      {article.image && (
        <figure className="article-image">
          <img
            src={article.image.src}
            alt={article.image.alt}
            width={article.image.width}
            height={article.image.height}
            fetchPriority="high"
          />
        </figure>
      )}
      <ArticleBody html={article.html} />
      {article.tags.length > 0 && (
        <footer className="article-footer">
          <h2 className="visually-hidden">{label.tags}</h2>
          <ul className="tags">
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <a href={tagPath(tag.slug)}>{tag.name}</a>
              </li>
            ))}
          </ul>
        </footer>
      )}
    </article>
  );
}

function formatAuthors(authors: string[], lang: string): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(authors);
}
