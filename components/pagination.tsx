import type { Labels } from '@/lib/text/labels';

export interface PaginationProps {
  /** The page of the next newer articles, and of the next older ones. */
  newer?: string;
  older?: string;
  labels: Labels;
}

/** Plain links between the pages of a listing, crawlable without JavaScript. */
export function Pagination({ newer, older, labels }: PaginationProps) {
  if (!newer && !older) return null;
  return (
    <nav className="pagination" aria-label={labels.pages}>
      {newer && (
        <a href={newer} rel="prev">
          {labels.newer}
        </a>
      )}
      {older && (
        <a href={older} rel="next">
          {labels.older}
        </a>
      )}
    </nav>
  );
}
