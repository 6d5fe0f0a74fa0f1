import type { Article } from '@/lib/content/articles';
import { publicationStatus } from '@/lib/content/publication';
import { FormattedDate } from './formatted-date';

export interface PreviewBannerProps {
  article: Article;
}

/** Only `next dev` ever shows an unpublished article: this says so, so no editor mistakes a preview for the site. */
export function PreviewBanner({ article }: PreviewBannerProps) {
  const status = publicationStatus(article);
  if (status === 'published') return null;
  return (
    <p className={`preview-banner preview-banner-${status}`} role="status">
      {status === 'draft' ? (
        <>
          <strong>Brouillon</strong> — cet article n’est pas publié (<code>draft: true</code>).
        </>
      ) : (
        <>
          <strong>Programmé</strong> — publié au prochain build après le <FormattedDate date={article.date} lang="fr" />
          .
        </>
      )}
    </p>
  );
}
