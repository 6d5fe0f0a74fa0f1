import { describe, expect, it } from 'vitest';
import { lastChange, type Article } from '@/lib/content/article';
import { Catalog } from '@/lib/content/catalog';

/** A published article dated `day` days into 2015, with `tags`. */
function article(slug: string, day: number, tags: string[]): Article {
  const instant = new Date(Date.UTC(2015, 0, day, 12));
  // `updated` and `image` are optional in the files, absent here.
  return {
    slug,
    title: slug,
    date: { instant, iso: instant.toISOString().replace('Z', '+00:00').replace('.000', '') },
    authors: ['La rédaction'],
    lang: 'fr',
    draft: false,
    file: `content/${slug}.md`,
    tags: tags.map((name) => ({ name, slug: name.toLowerCase() })),
    html: '<p>x</p>',
  } as Article;
}

describe('the catalog', () => {
  const catalog = new Catalog(
    [article('b', 2, ['Tech']), article('c', 3, ['Tech', 'Europe']), article('a', 1, ['Europe'])],
    2,
  );

  it('lists newest first, finds by slug, pages the front page and each tag', () => {
    expect(catalog.articles.map((a) => a.slug)).toEqual(['c', 'b', 'a']);
    expect(catalog.article('b')?.slug).toBe('b');
    expect(catalog.article('z')).toBeUndefined();
    expect(catalog.listing(1)).toMatchObject({ page: 1, pageCount: 2 });
    expect(catalog.listing(2)?.articles.map((a) => a.slug)).toEqual(['a']);
    expect(catalog.listing(3)).toBeUndefined();
    expect(catalog.listing(1.5)).toBeUndefined();
    expect(catalog.facetListing('tag', 'tech', 1)?.articles.map((a) => a.slug)).toEqual(['c', 'b']);
    expect(catalog.facetListing('tag', 'tech', 2)).toBeUndefined();
    expect(catalog.facetListing('tag', 'sport', 1)).toBeUndefined();
    expect(catalog.facetPageCounts('tag').map(({ facet, pageCount }) => [facet.slug, pageCount])).toEqual([
      ['europe', 1],
      ['tech', 1],
    ]);
    expect(lastChange(catalog.articles)?.iso).toBe(catalog.article('c')?.date.iso);
  });

  it('relates the articles sharing the most tags, then the nearest in time', () => {
    const related = new Catalog(
      [
        article('sujet', 100, ['A', 'B']),
        article('deux-tags-loin', 10, ['A', 'B']),
        article('un-tag-proche', 101, ['A']),
        article('un-tag-moins-proche', 90, ['B']),
        article('aucun', 100, ['C']),
      ],
      10,
    );
    const subject = related.article('sujet')!;
    expect(related.related(subject).map((a) => a.slug)).toEqual([
      'deux-tags-loin',
      'un-tag-proche',
      'un-tag-moins-proche',
    ]);
  });

  it('looks only at the articles of a tag nearest in time, so an archive-wide tag costs each page the same', () => {
    // 500 articles share one tag; the subject sits in the middle of them.
    const many = Array.from({ length: 500 }, (_, index) => article(`jour-${index}`, index, ['Économie']));
    const catalog = new Catalog(many, 10);
    const subject = catalog.article('jour-250')!;
    const related = catalog.related(subject, 4).map((a) => a.slug);
    // Nearest first: a day on either side, then two.
    expect(related.slice(0, 2).sort()).toEqual(['jour-249', 'jour-251']);
    expect(related.slice(2).sort()).toEqual(['jour-248', 'jour-252']);
  });

  it('lists each author’s articles and each rubrique’s, every rubrique of the site even before its first article', () => {
    const withAuthors = new Catalog(
      [
        { ...article('a', 1, []), authors: ['Anne Martin'], section: { name: 'Économie', slug: 'economie' } },
        { ...article('b', 2, []), authors: ['Anne Martin', 'Paul Durand', '***'] },
      ],
      10,
      [
        { name: 'Économie', slug: 'economie' },
        { name: 'Culture', slug: 'culture' },
      ],
    );
    expect(withAuthors.facetListing('author', 'anne-martin', 1)?.articles.map((a) => a.slug)).toEqual(['b', 'a']);
    expect(withAuthors.facetListing('author', 'paul-durand', 1)?.facet.name).toBe('Paul Durand');
    // A name with no letter or digit has no address: no page.
    expect(withAuthors.facetsOf('author').map((facet) => facet.name)).toEqual(['Anne Martin', 'Paul Durand']);
    expect(withAuthors.facetListing('section', 'economie', 1)?.articles.map((a) => a.slug)).toEqual(['a']);
    expect(withAuthors.facetListing('section', 'culture', 1)).toMatchObject({ page: 1, pageCount: 1, articles: [] });
    expect(withAuthors.facetsOf('section').map((facet) => facet.slug)).toEqual(['culture', 'economie']);
  });
});
