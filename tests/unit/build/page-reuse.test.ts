import { describe, expect, it } from 'vitest';
import { pageKeys } from '@/lib/build/page-reuse';
import { Catalog } from '@/lib/content/catalog';
import type { Article } from '@/lib/content/article';

function article(slug: string, title: string, tags: string[], day = 1, section?: string): Article {
  const instant = new Date(Date.UTC(2015, 0, day));
  return {
    slug,
    title,
    date: { instant, iso: instant.toISOString() },
    authors: ['La rédaction'],
    lang: 'fr',
    draft: false,
    file: `content/${slug}.md`,
    tags: tags.map((name) => ({ name, slug: name.toLowerCase() })),
    section: section && { name: section, slug: section.toLowerCase() },
    html: `<p>${title}</p>`,
  } as Article;
}

/** Two articles a page: listings of several pages with three or four articles. */
const keys = (articles: Article[], fingerprint = 'code') => pageKeys(new Catalog(articles, 2), fingerprint);

describe('the key of an article page', () => {
  const a = article('a', 'A', ['Relais']);
  const b = article('b', 'B', ['Relais']);
  const c = article('c', 'C', ['Ailleurs']);
  const before = keys([a, b, c]);

  it('stays the same when nothing the page shows changed', () => {
    expect(keys([a, b, c])).toEqual(before);
  });

  it('changes with the article, with an article it suggests, and with the code', () => {
    const after = keys([a, article('b', 'B retitré', ['Relais']), c]);
    expect(after.get('/articles/b')).not.toBe(before.get('/articles/b'));
    expect(after.get('/articles/a')).not.toBe(before.get('/articles/a'));
    expect(after.get('/articles/c')).toBe(before.get('/articles/c'));
    expect(keys([a, b, c], 'other code').get('/articles/c')).not.toBe(before.get('/articles/c'));
  });
});

describe('the key of a listing page', () => {
  const relais = [1, 2, 3].map((day) => article(`relais-${day}`, `Relais ${day}`, ['Relais'], day));
  const ailleurs = [4, 5, 6].map((day) => article(`ailleurs-${day}`, `Ailleurs ${day}`, ['Ailleurs'], day));
  const before = keys([...relais, ...ailleurs]);

  it('names every page of every listing but the front page, which every build renders', () => {
    expect([...before.keys()].filter((address) => !address.startsWith('/articles/')).sort()).toEqual([
      '/auteurs/la-redaction',
      '/auteurs/la-redaction/page/2',
      '/auteurs/la-redaction/page/3',
      '/page/2',
      '/page/3',
      '/tags/ailleurs',
      '/tags/ailleurs/page/2',
      '/tags/relais',
      '/tags/relais/page/2',
    ]);
  });

  it('changes for the listings a new article enters, and no other', () => {
    const after = keys([...relais, ...ailleurs, article('relais-7', 'Relais 7', ['Relais'], 7)]);
    const changed = [...before.keys()].filter((address) => after.get(address) !== before.get(address));
    expect(changed.filter((address) => !address.startsWith('/articles/')).sort()).toEqual([
      '/auteurs/la-redaction',
      '/auteurs/la-redaction/page/2',
      '/auteurs/la-redaction/page/3',
      '/page/2',
      '/page/3',
      '/tags/relais',
      '/tags/relais/page/2',
    ]);
    expect(after.has('/page/4')).toBe(true);
  });

  it('changes when an article it lists changes, and not when an article of another listing does', () => {
    const retitled = keys([
      ...relais,
      ...ailleurs.slice(0, 2),
      article('ailleurs-6', 'Ailleurs, retitré', ['Ailleurs'], 6),
    ]);
    expect(retitled.get('/tags/ailleurs')).not.toBe(before.get('/tags/ailleurs'));
    expect(retitled.get('/tags/ailleurs/page/2')).toBe(before.get('/tags/ailleurs/page/2'));
    expect(retitled.get('/tags/relais')).toBe(before.get('/tags/relais'));
    expect(retitled.get('/tags/relais/page/2')).toBe(before.get('/tags/relais/page/2'));
  });
});

describe('the keys of every page', () => {
  const articles = [article('a', 'A', ['Relais'], 1, 'Tech'), article('b', 'B', ['Ailleurs'], 2)];
  const before = keys(articles);

  it('change when a rubrique gains its first article, as every page’s navigation then leads to it', () => {
    const after = keys([...articles, article('c', 'C', ['Autre'], 3, 'Culture')]);
    expect([...before.keys()].filter((address) => after.get(address) === before.get(address))).toEqual([]);
  });

  it('stay when an article joins a rubrique that already had one', () => {
    const after = keys([...articles, article('c', 'C', ['Autre'], 3, 'Tech')]);
    expect(after.get('/articles/b')).toBe(before.get('/articles/b'));
    expect(after.get('/tags/ailleurs')).toBe(before.get('/tags/ailleurs'));
  });
});
