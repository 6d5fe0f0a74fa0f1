import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { buildFeed, jsonFeed11, rss } from '@/lib/feeds';
import { contentFolder } from '../content/temp-content';

describe('feeds', () => {
  const { articles } = loadContent(
    contentFolder({
      'lien.md':
        '---\ntitle: "Avec un lien"\ndescription: "D"\ndate: 2015-02-16\nauthor: [Anne, Paul]\n---\nVoir [l’autre article](/articles/autre) et ![le logo](/logo.png).\n',
      'autre.md': '---\ntitle: "L’autre"\ndescription: "D"\ndate: 2015-02-15\n---\nTexte.\n',
    }),
  );

  it('gives feed readers absolute links and image addresses in the full content', () => {
    const rss = buildFeed(articles).rss2();
    expect(rss).toContain('<a href="http://localhost:3000/articles/autre">');
    expect(rss).toContain('<img src="http://localhost:3000/logo.png"');
  });

  it('writes JSON Feed 1.1, with authors as a list', () => {
    const feed = JSON.parse(jsonFeed11(articles));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('fr');
    expect(feed.items[0].authors).toEqual([{ name: 'Anne' }, { name: 'Paul' }]);
    expect(feed.items[0]).not.toHaveProperty('author');
  });

  it('names RSS authors with dc:creator, since RSS <author> must be an e-mail address', () => {
    const xml = rss(articles);
    expect(xml).toContain('<dc:creator>Anne</dc:creator>');
    expect(xml).toContain('<dc:creator>Paul</dc:creator>');
    expect(xml).not.toContain('<author>');
    expect(xml).toMatch(/<rss [^>]*xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/"/);
  });
});
