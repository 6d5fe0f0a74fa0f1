export interface ArticleBodyProps {
  /** HTML from `renderMarkdown`, already sanitized against its explicit schema. */
  html: string;
  /** An article's body by default; an author's bio, a page of the paper. */
  className?: string;
}

/** The one place rendered Markdown enters a page. */
export function ArticleBody({ html, className = 'article-body' }: ArticleBodyProps) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
