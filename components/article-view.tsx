import { getSettings, absoluteUrl, type Article } from '@/lib/content/articles';
import { langIfOther } from '@/lib/text/languages';
import { labelsFor } from '@/lib/text/labels';
import { articlePath, facetPath, tagPath } from '@/lib/paths';
import { typeset } from '@/lib/text/typography';
import { ArticleBody } from './article-body';
import { Breadcrumbs } from './breadcrumbs';
import { Byline } from './byline';
import { PreviewBanner } from './preview-banner';
import { ShareLinks } from './share-links';
import { TypesetTitle } from './typeset-title';

export interface ArticleViewProps {
  article: Article;
}

/** An article as a newspaper prints it: where it stands, kicker, headline, lead, byline, photo, body, tags. */
export function ArticleView({ article }: ArticleViewProps) {
  const site = getSettings();
  const labels = labelsFor(article.lang);
  const section = article.section && { name: article.section.name, path: facetPath.section(article.section.slug) };
  const kicker = section
    ? { ...section, lang: langIfOther(site.lang, article.lang) }
    : article.tags[0] && { name: article.tags[0].name, path: tagPath(article.tags[0].slug), lang: undefined };
  const url = absoluteUrl(articlePath(article.slug));
  // In a build, each read of article.html reads the body from disk: once per page is enough.
  const html = article.html;
  return (
    <article
      className="article"
      lang={article.lang}
      // What the search page shows of each result (lib/build/search-index.ts).
      data-pagefind-body=""
      data-pagefind-meta={`date:${article.date.iso}`}
    >
      <Breadcrumbs
        path={[...(section ? [section] : []), { name: article.title, path: articlePath(article.slug) }]}
        labels={labels}
      />
      <PreviewBanner article={article} />
      <header className="article-header">
        {kicker && (
          <p
            className="kicker"
            lang={kicker.lang}
            data-pagefind-ignore=""
            data-pagefind-meta={article.section ? 'section' : undefined}
          >
            <a href={kicker.path}>{kicker.name}</a>
          </p>
        )}
        <h1>
          <TypesetTitle text={article.title} lang={article.lang} />
        </h1>
        {article.description && <p className="lead">{typeset(article.description, article.lang)}</p>}
        <Byline article={article} html={html} />
        <p className="print-only">{url}</p>
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
          {(article.image.caption || article.image.credit) && (
            <figcaption>
              {article.image.caption && typeset(article.image.caption, article.lang)}{' '}
              {article.image.credit && <span className="credit">{article.image.credit}</span>}
            </figcaption>
          )}
        </figure>
      )}
      <ArticleBody html={html} />
      <footer className="article-footer" data-pagefind-ignore="">
        {article.tags.length > 0 && (
          <>
            <h2 className="visually-hidden">{labels.tags}</h2>
            <ul className="tags">
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <a href={tagPath(tag.slug)}>{tag.name}</a>
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
