import { describe, expect, it } from 'vitest';
import { lastChange } from '@/lib/content/article';
import { Catalog } from '@/lib/content/catalog';
import { testArticle as article } from './temp-content';

const slugs = (articles: readonly { slug: string }[] | undefined) => articles?.map((a) => a.slug);

describe('the catalog', () => {
  const catalog = new Catalog(
    [article('b', 2, ['Tech']), article('c', 3, ['Tech', 'Europe']), article('a', 1, ['Europe'])],
    2,
  );

  it('lists newest first, finds by slug, and knows each tag’s articles', () => {
    expect(slugs(catalog.articles)).toEqual(['c', 'b', 'a']);
    expect(catalog.article('b')?.slug).toBe('b');
    expect(catalog.article('z')).toBeUndefined();
    expect(slugs(catalog.listing({ kind: 'tag', slug: 'tech' })?.articles)).toEqual(['c', 'b']);
    expect(catalog.listing({ kind: 'tag', slug: 'sport' })).toBeUndefined();
    expect(catalog.facetsOf('tag').map((facet) => facet.slug)).toEqual(['europe', 'tech']);
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
    expect(slugs(related.related(subject))).toEqual(['deux-tags-loin', 'un-tag-proche', 'un-tag-moins-proche']);
  });

  it('looks only at the articles of a tag nearest in time, so an archive-wide tag costs each page the same', () => {
    // 500 articles share one tag; the subject sits in the middle of them.
    const many = Array.from({ length: 500 }, (_, index) => article(`jour-${index}`, index, ['Économie']));
    const catalog = new Catalog(many, 10);
    const subject = catalog.article('jour-250')!;
    const related = slugs(catalog.related(subject, 4))!;
    // Nearest first: a day on either side, then two.
    expect(related.slice(0, 2).sort()).toEqual(['jour-249', 'jour-251']);
    expect(related.slice(2).sort()).toEqual(['jour-248', 'jour-252']);
  });

  it('lists each author’s articles and each rubrique’s; a rubrique without an article has no page', () => {
    const withAuthors = new Catalog(
      [
        article('a', 1, [], { authors: ['Anne Martin'], section: { name: 'Économie', slug: 'economie' } }),
        article('b', 2, [], { authors: ['Anne Martin', 'Paul Durand', '***'] }),
        article('c', 3, [], { section: { name: 'Tech', slug: 'tech' } }),
      ],
      10,
      [
        { name: 'Tech', slug: 'tech' },
        { name: 'Culture', slug: 'culture' },
        { name: 'Économie', slug: 'economie' },
      ],
    );
    expect(slugs(withAuthors.listing({ kind: 'author', slug: 'anne-martin' })?.articles)).toEqual(['b', 'a']);
    expect(withAuthors.listing({ kind: 'author', slug: 'paul-durand' })?.facet?.name).toBe('Paul Durand');
    // A name with no letter or digit has no address: no page.
    expect(withAuthors.facetsOf('author').map((facet) => facet.name)).toEqual([
      'Anne Martin',
      'La rédaction',
      'Paul Durand',
    ]);
    expect(withAuthors.listing({ kind: 'section', slug: 'culture' })).toBeUndefined();
    // Rubriques keep the order of the settings.
    expect(withAuthors.facetsOf('section').map((facet) => facet.slug)).toEqual(['tech', 'economie']);
  });
});

describe('a listing', () => {
  const days = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `jour-${to - index}`);
  const listingOf = (count: number) =>
    new Catalog(
      Array.from({ length: count }, (_, index) => article(`jour-${index + 1}`, index + 1)),
      5,
    ).listing({ kind: 'home' })!;

  it('keeps its newest articles on its first page, between one and two pages’ worth', () => {
    expect(listingOf(4)).toMatchObject({ archiveCount: 0 });
    expect(slugs(listingOf(4).firstPage())).toEqual(days(1, 4));
    expect(listingOf(9).archiveCount).toBe(0);
    expect(slugs(listingOf(9).firstPage())).toEqual(days(1, 9));
    expect(listingOf(10).archiveCount).toBe(1);
    expect(slugs(listingOf(10).firstPage())).toEqual(days(6, 10));
    expect(slugs(listingOf(10).archivePage(1))).toEqual(days(1, 5));
  });

  it('numbers its archive pages from the oldest, so a full page keeps the same articles for ever', () => {
    const before = listingOf(22);
    expect(before.archiveCount).toBe(3);
    expect(slugs(before.firstPage())).toEqual(days(16, 22));
    expect([1, 2, 3].map((page) => slugs(before.archivePage(page)))).toEqual([days(1, 5), days(6, 10), days(11, 15)]);
    for (const count of [23, 24, 25, 26, 30]) {
      const after = listingOf(count);
      for (let page = 1; page <= before.archiveCount; page++)
        expect(slugs(after.archivePage(page)), `page ${page} with ${count} articles`).toEqual(
          slugs(before.archivePage(page)),
        );
    }
    expect(listingOf(25).archiveCount).toBe(4);
    expect(slugs(listingOf(25).archivePage(4))).toEqual(days(16, 20));
    expect(listingOf(25).archivePage(5)).toBeUndefined();
    expect(listingOf(25).archivePage(0)).toBeUndefined();
    expect(listingOf(25).archivePage(1.5)).toBeUndefined();
  });
});
