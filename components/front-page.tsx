import { getSettings, type ListingPage } from '@/lib/content/articles';
import { fill, labelsFor } from '@/lib/text/labels';
import { listingPath } from '@/lib/paths';
import { ListingSection } from './listing-section';

export interface FrontPageProps {
  listing: ListingPage;
}

/** The front page and its following pages: the newest stories first, the lead story with its photo. */
export function FrontPage({ listing }: FrontPageProps) {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  return (
    <ListingSection
      id="a-la-une"
      className="front-page"
      title={listing.page === 1 ? labels.frontPage : fill(labels, 'frontPageN', { page: listing.page })}
      listing={listing}
      pathOf={listingPath}
      leadPhoto={listing.page === 1}
    />
  );
}
