import { Parser } from 'htmlparser2';
import type { Article } from '../content/article';
import { articlePath } from '../paths';
import { typeset } from '../text/typography';

/**
 * What search knows of a published article: its words as a reader reads them — headline, lead, body —
 * and what a result shows beside them. Nothing else of the page reaches the index: not the byline,
 * the tags, the share links, nor the address printed on paper.
 */
export interface SearchRecord {
  /** The article's address: `/articles/<slug>`. */
  url: string;
  /** The headline, typeset as the page shows it; searched, and weighed above the text. */
  title: string;
  /** The lead (chapeau), typeset. */
  lead?: string;
  /** The body as plain text. */
  body: string;
  /** Publication date, ISO 8601. */
  date: string;
  /** The rubrique's name. */
  section?: string;
  /** The article's language (BCP 47). */
  lang: string;
}

/**
 * What the content step knows of an article's record without reading its body: the record is made
 * from it (and the body, read from the body store) only when the part holding it is indexed, so a
 * publication reads the bodies of one part, never of the archive.
 */
export interface SearchSource extends Omit<SearchRecord, 'body'> {
  /** The body's key in the body store. */
  body: string;
}

export function searchSourceOf(article: Article): SearchSource {
  const lead = article.description && typeset(article.description, article.lang);
  return {
    url: articlePath(article.slug),
    title: typeset(article.title, article.lang),
    ...(lead && { lead }),
    body: article.body,
    date: article.date.iso,
    ...(article.section && { section: article.section.name }),
    lang: article.lang,
  };
}

/** The record of `source`, whose body is `html`. */
export function searchRecordOf(source: SearchSource, html: string): SearchRecord {
  return { ...source, body: plainText(html) };
}

/** Elements whose end ends a run of words: their text never runs into the next one's. */
const BLOCKS = new Set([
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'hr',
  'div',
]);

/**
 * The labels of a tweet card (the network's name, "see the original tweet") are the card's, not the
 * article's words: every card has them, and a search for them would find every article with a tweet.
 */
const LABEL_CLASSES = new Set(['tweet-source', 'tweet-link']);

/**
 * The text a reader reads in rendered body HTML (already sanitized, see lib/markdown), one line per
 * block, with entities decoded, the labels of cards left out.
 */
export function plainText(html: string): string {
  const lines: string[] = [];
  let line = '';
  const open: boolean[] = [];
  let skipped = 0;
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const parser = new Parser({
    onopentag(name, attributes) {
      const label = (attributes.class ?? '').split(/\s+/).some((name) => LABEL_CLASSES.has(name));
      open.push(label);
      if (label) skipped++;
      if (BLOCKS.has(name)) endLine();
    },
    ontext(text) {
      if (skipped === 0) line += text;
    },
    onclosetag(name) {
      if (open.pop()) skipped--;
      if (BLOCKS.has(name)) endLine();
    },
  });
  parser.end(html);
  endLine();
  return lines.join('\n');
}
