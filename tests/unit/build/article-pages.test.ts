import { describe, expect, it } from 'vitest';
import { articlePageKeys } from '@/lib/build/article-pages';
import { Catalog } from '@/lib/content/catalog';
import type { Article } from '@/lib/content/load';

function article(slug: string, title: string, tags: string[]): Article {
  const instant = new Date(Date.UTC(2015, 0, 1));
  return {
    slug,
    title,
    date: { instant, iso: '2015-01-01T01:00:00+01:00' },
    authors: ['La rédaction'],
    lang: 'fr',
    draft: false,
    file: `content/${slug}.md`,
    tags: tags.map((name) => ({ name, slug: name.toLowerCase() })),
    html: `<p>${title}</p>`,
  } as Article;
}

const keys = (articles: Article[], fingerprint = 'code') => articlePageKeys(new Catalog(articles, 20), fingerprint);

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
    expect(after.get('b')).not.toBe(before.get('b'));
    expect(after.get('a')).not.toBe(before.get('a'));
    expect(after.get('c')).toBe(before.get('c'));
    expect(keys([a, b, c], 'other code').get('c')).not.toBe(before.get('c'));
  });
});
