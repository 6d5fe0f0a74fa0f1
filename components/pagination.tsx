import { fill, type Labels } from '@/lib/text/labels';

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** The address of page `page` of this listing. */
  pathOf: (page: number) => string;
  labels: Labels;
}

/** Plain links between listing pages, crawlable without JavaScript. */
export function Pagination({ page, pageCount, pathOf, labels }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={labels.pages}>
      {page > 1 && (
        <a href={pathOf(page - 1)} rel="prev">
          {labels.newer}
        </a>
      )}
      <span>{fill(labels, 'pageOf', { page, count: pageCount })}</span>
      {page < pageCount && (
        <a href={pathOf(page + 1)} rel="next">
          {labels.older}
        </a>
      )}
    </nav>
  );
}
