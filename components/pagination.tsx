export interface PaginationProps {
  page: number;
  pageCount: number;
  /** The address of page `page` of this listing. */
  pathOf: (page: number) => string;
}

/** Plain links between listing pages, crawlable without JavaScript. */
export function Pagination({ page, pageCount, pathOf }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 && (
        <a href={pathOf(page - 1)} rel="prev">
          ← Articles plus récents
        </a>
      )}
      <span>
        Page {page} sur {pageCount}
      </span>
      {page < pageCount && (
        <a href={pathOf(page + 1)} rel="next">
          Articles plus anciens →
        </a>
      )}
    </nav>
  );
}
