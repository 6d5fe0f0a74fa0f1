import type { Article } from '../content/article';
import { formatLongDate } from '../text/dates';
import type { SiteSettings } from '../content/settings';
import { shareImage, shareImagePath } from '../paths';
import type { ShareCardProps } from './card';
import { drawable } from './fonts';

export interface PlannedImage {
  /** Where the site serves it, e.g. `/articles/cisco-french-tech-2015/share.png`. */
  path: string;
  /** What the card says: a plan holds the words, not the laid-out card (ten times larger, and 100,000 of them). */
  card: ShareCardProps;
}

/** Every share card the site links to: the site's own, and one per published article without a photo (whose crop is shared). */
export function plannedShareImages(articles: readonly Article[], site: SiteSettings): PlannedImage[] {
  const siteCard: ShareCardProps = { masthead: site.name, title: site.description, kicker: site.tagline };
  return [
    { path: shareImage.sitePath, card: siteCard },
    ...articles
      .filter((article) => !article.image)
      .map((article) => ({
        path: shareImagePath(article.slug),
        // A headline in a script the card cannot draw (Arabic, Hebrew…) gets the site's card rather than an empty one.
        card: /\p{L}/u.test(drawable(article.title))
          ? {
              masthead: site.name,
              title: article.title,
              kicker: (article.section ?? article.tags[0])?.name,
              footnote: formatLongDate(article.date.instant, article.lang),
            }
          : siteCard,
      })),
  ];
}
