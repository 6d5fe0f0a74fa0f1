import type { Article } from './article';

export type PublicationStatus = 'published' | 'draft' | 'scheduled';

/** Where an article stands at `now`: a draft, scheduled for a date still to come, or out for readers. */
export function publicationStatus(article: Article, now: Date = new Date()): PublicationStatus {
  if (article.draft) return 'draft';
  return article.date.instant.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** Out for readers at `now`: neither a draft nor scheduled. */
export function isPublished(article: Article, now: Date = new Date()): boolean {
  return publicationStatus(article, now) === 'published';
}
