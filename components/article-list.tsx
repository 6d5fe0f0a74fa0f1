import type { Article } from '@/lib/content/articles';
import { articlePath } from '@/lib/site';
import { FormattedDate } from './formatted-date';
import { PreviewBanner } from './preview-banner';

export interface ArticleListProps {
  articles: Article[];
  emptyMessage?: string;
}

/** The front page's run of stories: headline as a link, date, lead. */
export function ArticleList({ articles, emptyMessage = 'Aucun article publié pour le moment.' }: ArticleListProps) {
  if (articles.length === 0) return <p className="empty">{emptyMessage}</p>;
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.slug} lang={article.lang}>
          <article className="teaser">
            <h2>
              <a href={articlePath(article.slug)}>{article.title}</a>
            </h2>
            <p className="teaser-date">
              <FormattedDate date={article.date} lang={article.lang} />
            </p>
            <PreviewBanner article={article} />
            {article.description && <p className="teaser-lead">{article.description}</p>}
          </article>
        </li>
      ))}
    </ol>
  );
}
