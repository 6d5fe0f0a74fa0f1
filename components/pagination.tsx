import Link from 'next/link';
import { listingPath } from '@/lib/site';

export interface PaginationProps {
  page: number;
  pageCount: number;
}

/** Plain links between listing pages, crawlable without JavaScript. */
export function Pagination({ page, pageCount }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 && (
        <Link href={listingPath(page - 1)} rel="prev">
          ← Articles plus récents
        </Link>
      )}
      <span>
        Page {page} sur {pageCount}
      </span>
      {page < pageCount && (
        <Link href={listingPath(page + 1)} rel="next">
          Articles plus anciens →
        </Link>
      )}
    </nav>
  );
}
