import { site } from '../site';
import type { Tag } from './load';
import { tagSlug } from './slugs';

/** The site's rubriques (site.sections), each with its address. */
export function siteSections(): Tag[] {
  return site.sections.map((name) => ({ name, slug: tagSlug(name) }));
}
