import { getSettings, type Article } from '@/lib/content/articles';
import { labelsFor } from '@/lib/text/labels';
import { articlePath } from '@/lib/paths';
import { typeset } from '@/lib/text/typography';
import { FormattedDate } from './formatted-date';
import { PreviewBanner } from './preview-banner';
import { TypesetTitle } from './typeset-title';

export interface ArticleListProps {
  articles: Article[];
  /** Shows the first article's lead photo, as the lead story of the front page. */
  leadPhoto?: boolean;
}

/** A run of stories: rubrique, headline as a link, date, lead. */
export function ArticleList({ articles, leadPhoto = false }: ArticleListProps) {
  const site = getSettings();
  if (articles.length === 0) return <p className="empty">{labelsFor(site.lang).noArticles}</p>;
  return (
    <ol className="article-list">
      {articles.map((article, index) => (
        <li key={article.slug} lang={article.lang}>
          <article className="teaser">
            {leadPhoto && index === 0 && article.image && (
              <img
                className="teaser-photo"
                src={article.image.src}
                alt={article.image.alt}
                width={article.image.width}
                height={article.image.height}
                fetchPriority="high"
              />
            )}
            {article.section && (
              <p className="kicker" lang={site.lang}>
                {article.section.name}
              </p>
            )}
            <h2>
              <a href={articlePath(article.slug)}>
                <TypesetTitle text={article.title} lang={article.lang} />
              </a>
            </h2>
            <p className="teaser-date">
              <FormattedDate date={article.date} lang={article.lang} />
            </p>
            <PreviewBanner article={article} />
            {article.description && <p className="teaser-lead">{typeset(article.description, article.lang)}</p>}
          </article>
        </li>
      ))}
    </ol>
  );
}
