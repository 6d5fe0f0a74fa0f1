import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatLongDate } from '../text/dates';
import { labelsFor } from '../text/labels';
import { typeset } from '../text/typography';

/** A tweet as the editor gave it: enough to show it forever, even once the original is deleted. */
export interface Tweet {
  name: string;
  handle: string;
  /** The day it was posted, YYYY-MM-DD. */
  date: string;
  text: string;
  /** `https://twitter.com/<handle>/status/<id>`, when the editor knows it. */
  url?: string;
  lang?: string;
}

/** Where a tweet's author, hashtags and the tweet itself live. */
const TWITTER = 'https://twitter.com';

export const HANDLE_PATTERN = /^[A-Za-z0-9_]{1,15}$/;
const STATUS_URL_PATTERN =
  /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d+)\/?(?:[?#].*)?$/;

/** The canonical status address, without tracking parameters such as `ref_src`; undefined if it is not a status. */
export function normalizeStatusUrl(url: string): string | undefined {
  const match = STATUS_URL_PATTERN.exec(url.trim());
  return match ? `${TWITTER}/${match[1]}/status/${match[2]}` : undefined;
}

export function profileUrl(handle: string): string {
  return `${TWITTER}/${handle}`;
}

/**
 * The static card both tweet syntaxes render to: no script, no request to Twitter. The document
 * reads in the order the card shows, Twitter's: who, the words, then when and the link to the
 * original. Who holds on one line of a phone's card; the date, under the words, has room.
 */
export function tweetCard(tweet: Tweet, articleLang: string): Element {
  const day = new Date(`${tweet.date}T12:00:00Z`);
  const lang = tweet.lang ?? articleLang;
  return h('figure', { className: ['tweet'] }, [
    // Spaced, so that the caption reads "Manuel Valls @manuelvalls Twitter" aloud too.
    h('figcaption', [
      h('span', { className: ['tweet-name'] }, tweet.name),
      ' ',
      h('a', { className: ['tweet-handle'], href: profileUrl(tweet.handle) }, `@${tweet.handle}`),
      ' ',
      h('span', { className: ['tweet-source'] }, 'Twitter'),
    ]),
    h('blockquote', { lang }, paragraphs(tweet.text, lang)),
    h('span', { className: ['tweet-meta'] }, [
      h('time', { dateTime: tweet.date }, formatLongDate(day, articleLang, 'UTC')),
      ...(tweet.url
        ? [' ', h('a', { className: ['tweet-link'], href: tweet.url }, labelsFor(articleLang).originalTweet)]
        : []),
    ]),
  ]);
}

/** The tweet's words typeset in its language, then linked: typesetting never touches a handle, hashtag or address. */
function paragraphs(text: string, lang: string): Element[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) =>
      h(
        'p',
        paragraph
          .split('\n')
          .flatMap((line, index): ElementContent[] => [
            ...(index > 0 ? [h('br')] : []),
            ...linkify(typeset(line, lang)),
          ]),
      ),
    );
}

const TOKEN_PATTERN =
  /(?<url>\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)»]|\bpic\.twitter\.com\/\w+)|(?<=^|[^\p{L}\p{N}_@])@(?<mention>[A-Za-z0-9_]{1,15})\b|(?<=^|[^\p{L}\p{N}_&#])#(?<hashtag>[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

/** Tweet text with its @mentions, #hashtags and addresses made into links, the way Twitter shows them. */
export function linkify(text: string): ElementContent[] {
  const nodes: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const { url, mention, hashtag } = match.groups ?? {};
    if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index) });
    // A pic.twitter.com address names a photo the card cannot show: it stays as written, not a link.
    if (url?.startsWith('pic.twitter.com/')) nodes.push(h('span', { className: ['tweet-media'] }, url));
    else if (url) nodes.push(h('a', { href: url }, url));
    else if (mention) nodes.push(h('a', { href: profileUrl(mention) }, `@${mention}`));
    else if (hashtag) nodes.push(h('a', { href: `${TWITTER}/hashtag/${encodeURIComponent(hashtag)}` }, `#${hashtag}`));
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}
