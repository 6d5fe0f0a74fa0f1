import { absoluteUrl, getSettings, readBody, type ArticleView as Article } from '@/lib/content';
import { langIfOther } from '@/lib/text/languages';
import { labelsFor } from '@/lib/text/labels';
import { typeset } from '@/lib/text/typography';
import { PHOTO_SIZES } from '@/lib/media/markup';
import { ArticleBody } from './article-body';
import { Breadcrumbs } from './breadcrumbs';
import { Byline } from './byline';
import { Picture } from './picture';
import { Corrections } from './corrections';
import { PreviewBanner } from './preview-banner';
import { ShareLinks } from './share-links';
import { TypesetTitle } from './typeset-title';

export interface ArticleViewProps {
  article: Article;
}

/**
 * An article as a newspaper prints it: where it stands, type and kicker, headline, lead, byline, photo,
 * body, its corrections, tags.
 */
export function ArticleView({ article }: ArticleViewProps) {
  const site = getSettings();
  const labels = labelsFor(article.lang);
  // What the site's settings name (a rubrique, a type) is in the site's language.
  const siteLang = langIfOther(site.lang, article.lang);
  const { kicker, type } = article;
  const url = absoluteUrl(article.path);
  const opinion = type?.kind === 'opinion';
  return (
    <article
      className={opinion ? 'article opinion' : 'article'}
      lang={article.lang}
      // What the search page shows of each result (lib/build/search-index.ts).
      data-pagefind-body=""
      data-pagefind-meta={`date:${article.date.iso}`}
    >
      <Breadcrumbs
        path={[...(article.section ? [article.section] : []), { name: article.title, path: article.path }]}
        labels={labels}
      />
      <PreviewBanner status={article.status} date={article.date} />
      <header className="article-header">
        {(type || kicker) && (
          <p className="kicker" data-pagefind-ignore="" data-pagefind-meta={article.section ? 'section' : undefined}>
            {type && (
              <span className="article-type" lang={siteLang}>
                {type.name}
              </span>
            )}
            {type && kicker && ' '}
            {kicker && (
              <a href={kicker.path} lang={article.section ? siteLang : undefined}>
                {kicker.name}
              </a>
            )}
          </p>
        )}
        <h1>
          <TypesetTitle text={article.title} lang={article.lang} />
        </h1>
        {article.description && <p className="lead">{typeset(article.description, article.lang)}</p>}
        <Byline article={article} />
        <p className="print-only">{url}</p>
      </header>
      {article.image && (
        <figure className="article-image">
          <Picture
            picture={article.image.picture}
            alt={article.image.alt}
            sizes={PHOTO_SIZES.article}
            loading="first"
          />
          {(article.image.caption || article.image.credit) && (
            <figcaption>
              {article.image.caption && typeset(article.image.caption, article.lang)}{' '}
              {article.image.credit && <span className="credit">{article.image.credit}</span>}
            </figcaption>
          )}
        </figure>
      )}
      <ArticleBody html={readBody(article.body)} />
      <Corrections corrections={article.corrections} lang={article.lang} />
      <footer className="article-footer" data-pagefind-ignore="">
        {article.tags.length > 0 && (
          <>
            <h2 className="visually-hidden">{labels.tags}</h2>
            <ul className="tags">
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <a href={tag.path}>{tag.name}</a>
                </li>
              ))}
            </ul>
          </>
        )}
        <ShareLinks url={url} title={article.title} lang={article.lang} />
      </footer>
    </article>
  );
}
