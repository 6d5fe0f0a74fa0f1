import type { ArticleDate } from '@/lib/text/dates';
import type { PublicationStatus } from '@/lib/content/article';
import { FormattedDate } from './formatted-date';

export interface PreviewBannerProps {
  status: PublicationStatus;
  date: ArticleDate;
}

/** Only `next dev` ever shows an unpublished article: this says so, so no editor mistakes a preview for the site. */
export function PreviewBanner({ status, date }: PreviewBannerProps) {
  if (status === 'published') return null;
  return (
    <p className={`preview-banner preview-banner-${status}`} role="status">
      {status === 'draft' ? (
        <>
          <strong>Brouillon</strong> — cet article n’est pas publié (<code>draft: true</code>).
        </>
      ) : (
        <>
          <strong>Programmé</strong> — publié au prochain build après le <FormattedDate date={date} lang="fr" />.
        </>
      )}
    </p>
  );
}
