import { site } from '../site';
import { tagSlug, type Facet } from '../text/slugs';

/** The site's rubriques (site.sections), each with its address. */
export function siteSections(): Facet[] {
  return site.sections.map((name) => ({ name, slug: tagSlug(name) }));
}
