import { Feed } from 'feed';
import { changedAt, lastChange, type Article } from './content/articles';
import { absoluteUrl, articlePath, feedPaths, shareImagePath, site } from './site';

/**
 * RSS 2.0 and Atom, built with `feed`, which escapes the XML. Items carry the whole article, with
 * its links made absolute so they work in a feed reader.
 */
export function buildFeed(articles: readonly Article[]): Feed {
  const feed = new Feed({
    id: absoluteUrl('/'),
    title: site.name,
    description: site.description,
    link: absoluteUrl('/'),
    language: site.lang,
    image: absoluteUrl(site.publisher.logo.path),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${site.publisher.name}`,
    updated: lastChange(articles)?.instant,
    generator: site.name,
    feedLinks: {
      rss: absoluteUrl(feedPaths.rss),
      atom: absoluteUrl(feedPaths.atom),
      json: absoluteUrl(feedPaths.json),
    },
    author: { name: site.newsroom, link: absoluteUrl('/') },
  });
  for (const article of articles) {
    const url = absoluteUrl(articlePath(article.slug));
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.description,
      content: absolutizeLinks(article.html),
      date: changedAt(article).instant,
      published: article.date.instant,
      author: article.authors.map((name) => ({ name })),
      category: article.tags.map((tag) => ({ name: tag.name, term: tag.name })),
    });
  }
  return feed;
}

/**
 * RSS 2.0 wants an e-mail address in `<author>`, which we do not publish; `feed` writes the name
 * there. Dublin Core's `<dc:creator>` is where a name belongs (`feed` declares its namespace for
 * items with content, which ours always have).
 */
export function rss(articles: readonly Article[]): string {
  return buildFeed(articles)
    .rss2()
    .replace(/<author>([^<]*)<\/author>/g, '<dc:creator>$1</dc:creator>');
}

/**
 * JSON Feed 1.1. `feed` only writes version 1, which has a single `author` per item: JSON needs no
 * escaping beyond JSON.stringify, so this one is written here from the same articles.
 */
export function jsonFeed11(articles: readonly Article[]): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: site.name,
      home_page_url: absoluteUrl('/'),
      feed_url: absoluteUrl(feedPaths.json),
      description: site.description,
      icon: absoluteUrl(site.publisher.logo.path),
      favicon: absoluteUrl('/icon.svg'),
      language: site.lang,
      authors: [{ name: site.newsroom, url: absoluteUrl('/') }],
      items: articles.map((article) => {
        const url = absoluteUrl(articlePath(article.slug));
        return {
          id: url,
          url,
          title: article.title,
          summary: article.description,
          content_html: absolutizeLinks(article.html),
          image: absoluteUrl(shareImagePath(article.slug)),
          date_published: article.date.iso,
          date_modified: changedAt(article).iso,
          authors: article.authors.map((name) => ({ name })),
          tags: article.tags.map((tag) => tag.name),
          language: article.lang,
        };
      }),
    },
    null,
    2,
  );
}

/** Our rendered HTML is serialized by hast-util-to-html, always with double-quoted attributes. */
function absolutizeLinks(html: string): string {
  return html.replace(/ (href|src)="\/(?!\/)/g, ` $1="${site.url}/`);
}
