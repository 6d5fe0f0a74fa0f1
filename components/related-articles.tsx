import { getSettings, type TeaserView } from '@/lib/content';
import { langIfOther } from '@/lib/text/languages';
import { labelsFor } from '@/lib/text/labels';
import { FormattedDate } from './formatted-date';
import { TypesetTitle } from './typeset-title';

export interface RelatedArticlesProps {
  articles: TeaserView[];
  lang: string;
}

/** "À lire aussi": what else the newsroom wrote on the same subjects, an opinion labelled as one. */
export function RelatedArticles({ articles, lang }: RelatedArticlesProps) {
  if (articles.length === 0) return null;
  const site = getSettings();
  return (
    <aside className="related" aria-labelledby="related-title">
      <h2 id="related-title">{labelsFor(lang).related}</h2>
      <ul>
        {articles.map((article) => (
          <li
            key={article.slug}
            lang={article.lang}
            className={article.type?.kind === 'opinion' ? 'opinion' : undefined}
          >
            {article.type && (
              <span className="article-type" lang={langIfOther(site.lang, article.lang)}>
                {article.type.name}
              </span>
            )}
            <a href={article.path}>
              <TypesetTitle text={article.title} lang={article.lang} />
            </a>{' '}
            <FormattedDate date={article.date} lang={article.lang} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
