export interface ArticleBodyProps {
  /** HTML from `renderMarkdown`, already sanitized against its explicit schema. */
  html: string;
}

/** The one place rendered Markdown enters a page. */
export function ArticleBody({ html }: ArticleBodyProps) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
