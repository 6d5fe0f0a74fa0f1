import { getSettings, type FacetListing } from '@/lib/content/articles';
import { fill, labelsFor } from '@/lib/text/labels';
import { facetPath } from '@/lib/paths';
import { Breadcrumbs } from './breadcrumbs';
import { ListingSection } from './listing-section';

export interface FacetPageProps {
  listing: FacetListing;
}

/** A tag's, an author's or a rubrique's articles, newest first, a page at a time like the front page. */
export function FacetPage({ listing }: FacetPageProps) {
  const site = getSettings();
  const { kind, facet, page, pageCount } = listing;
  const labels = labelsFor(site.lang);
  const pathOf = (n: number) => facetPath[kind](facet.slug, n);
  const title = kind === 'author' ? fill(labels, 'authorPage', { name: facet.name }) : facet.name;
  const pageOf = fill(labels, 'pageOf', { page, count: pageCount });
  return (
    <ListingSection
      id="listing-title"
      title={page === 1 ? title : `${title} — ${pageOf.toLowerCase()}`}
      listing={listing}
      pathOf={pathOf}
    >
      <Breadcrumbs
        path={[{ name: facet.name, path: pathOf(1) }, ...(page > 1 ? [{ name: pageOf, path: pathOf(page) }] : [])]}
        labels={labels}
      />
    </ListingSection>
  );
}
