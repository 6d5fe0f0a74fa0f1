import type { Element, ElementContent, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Html, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseArticleDate, calendarDay } from '../text/dates';
import { LANGUAGE_EXPECTATION, languageProblem } from '../text/languages';
import { hastBlock } from './hast-block';
import { shorten } from '../text/problems';
import { reportError } from './problems';
import { HANDLE_PATTERN, normalizeStatusUrl, tweetCard, type Tweet } from './tweet-card';

const DIRECTIVE = ':::tweet';
const EMBED = 'pasted tweet embed';
const TWEET_ATTRIBUTES = ['name', 'handle', 'date', 'url', 'lang'];
const WIDGETS_SCRIPT = /^https:\/\/platform\.twitter\.com\/widgets\.js$/;
const STATUS_URL_SHAPE = 'https://twitter.com/<handle>/status/<id>';

/** Turns both ways of writing a tweet, `:::tweet{…}` and X/Twitter's pasted embed code, into the same static card. */
export function remarkTweets() {
  return (tree: Root, file: VFile) => {
    const lang = articleLang(file);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'containerDirective' && node.name === 'tweet') {
        const tweet = tweetFromDirective(node, file);
        parent.children.splice(index, 1, ...(tweet ? [hastBlock(tweetCard(tweet, lang))] : []));
        return index;
      }
      if (node.type === 'html' && /class\s*=\s*["'][^"']*\btwitter-tweet\b/.test(node.value)) {
        const tweets = tweetsFromEmbed(node, file);
        parent.children.splice(index, 1, ...tweets.map((tweet) => hastBlock(tweetCard(tweet, lang))));
        return index + tweets.length;
      }
      if (node.type === 'html' && isWidgetsScriptOnly(node.value)) {
        parent.children.splice(index, 1);
        return index;
      }
    });
  };
}

export function articleLang(file: VFile): string {
  return file.data.lang ?? 'fr';
}

function tweetFromDirective(node: ContainerDirective, file: VFile): Tweet | undefined {
  const attributes = node.attributes ?? {};
  let valid = true;
  const fail = (message: string, expected: string, found?: string) => {
    reportError(file, node, DIRECTIVE, message, { expected, found });
    valid = false;
  };

  const missing = ['name', 'handle', 'date'].filter((key) => !attributes[key]?.trim());
  if (missing.length > 0) {
    fail(
      `is missing ${missing.join(', ')}`,
      ':::tweet{name="…" handle="…" date="YYYY-MM-DD"}',
      writtenAttributes(attributes),
    );
  }
  for (const key of Object.keys(attributes)) {
    if (!TWEET_ATTRIBUTES.includes(key))
      fail(`has an unknown attribute \`${key}\``, `one of ${TWEET_ATTRIBUTES.join(', ')}`, key);
  }
  const handle = attributes.handle?.trim().replace(/^@/, '') ?? '';
  if (handle && !HANDLE_PATTERN.test(handle))
    fail('has a handle that is not a Twitter handle', 'letters, digits or _ (at most 15)', handle);
  const date = attributes.date ? tweetDay(attributes.date) : undefined;
  if (attributes.date && !date) fail('has a date that is not a real date', 'YYYY-MM-DD', attributes.date);
  const url = attributes.url ? normalizeStatusUrl(attributes.url) : undefined;
  if (attributes.url && !url) fail('has a url that is not a tweet address', STATUS_URL_SHAPE, attributes.url);
  const lang = attributes.lang?.trim() || undefined;
  const langProblem = lang && languageProblem(lang);
  if (langProblem) fail(`has a lang that ${langProblem}`, LANGUAGE_EXPECTATION, lang);

  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  const text = first !== undefined && last !== undefined ? String(file.value).slice(first, last) : '';
  if (text.trim() === '') fail('has no text', 'the words of the tweet between :::tweet{…} and :::', 'nothing');

  if (!valid || !date) return undefined;
  return { name: attributes.name!.trim(), handle, date, text, url, lang };
}

function writtenAttributes(attributes: Record<string, string | null | undefined>): string {
  const written = Object.entries(attributes).map(([key, value]) => `${key}="${value ?? ''}"`);
  return written.length > 0 ? `{${written.join(' ')}}` : 'no attributes';
}

function tweetDay(raw: string): string | undefined {
  const result = parseArticleDate(raw.trim());
  return result.ok ? calendarDay(result.value.instant) : undefined;
}

function tweetsFromEmbed(node: Html, file: VFile): Tweet[] {
  const tweets: Tweet[] = [];
  for (const child of fromHtml(node.value, { fragment: true }).children) {
    if (isBlank(child)) continue;
    if (child.type === 'element' && child.tagName === 'blockquote' && classes(child).includes('twitter-tweet')) {
      const parsed = parseEmbed(child);
      if (typeof parsed === 'string')
        reportError(file, node, EMBED, parsed, { expected: EMBED_SHAPE, found: shorten(node.value, 50) });
      else tweets.push(parsed);
    } else if (!(child.type === 'element' && isWidgetsScript(child))) {
      reportError(file, node, 'raw HTML', 'is not rendered; only a tweet embed may be pasted as HTML', {
        expected: 'Markdown, a :::quote or a :::tweet block',
        found: shorten(node.value, 50),
      });
    }
  }
  return tweets;
}

const EMBED_SHAPE =
  '<blockquote class="twitter-tweet"><p>…</p>&mdash; Name (@handle) <a href="…/status/…">date</a></blockquote>';

/** What X/Twitter puts in a tweet's text: links (@mentions, #hashtags, addresses) and line breaks. */
const TWEET_TEXT_ELEMENTS = new Set(['a', 'br']);

function parseEmbed(blockquote: Element): Tweet | string {
  const elements = blockquote.children.filter((child): child is Element => child.type === 'element');
  const paragraph = elements.find((child) => child.tagName === 'p');
  if (!paragraph) return 'has no tweet text';
  const foreign = descendants(paragraph).find((element) => !TWEET_TEXT_ELEMENTS.has(element.tagName));
  if (foreign) return `has a <${foreign.tagName}> in its text, where a tweet holds only words, links and line breaks`;
  const link = elements.filter((child) => child.tagName === 'a').at(-1);
  if (!link) return 'has no link to the tweet with its date';

  const afterText = blockquote.children.slice(
    blockquote.children.indexOf(paragraph) + 1,
    blockquote.children.indexOf(link),
  );
  const byline = /^\s*[—–-]\s*(.+?)\s*\(@([A-Za-z0-9_]{1,15})\)\s*$/.exec(afterText.map(textOf).join(''));
  if (!byline) return 'has no author line “— Name (@handle)”';

  const date = parseEmbedDate(textOf(link));
  if (!date) return `has a date that cannot be read: “${textOf(link).trim()}”`;
  const href = typeof link.properties.href === 'string' ? link.properties.href : '';
  const url = normalizeStatusUrl(href);
  if (!url) return `has a link that is not a tweet address: “${href}”`;
  const lang = typeof paragraph.properties.lang === 'string' ? paragraph.properties.lang : undefined;
  const langProblem = lang && languageProblem(lang);
  if (langProblem) return `has a lang that ${langProblem}`;
  return { name: byline[1]!, handle: byline[2]!, date, text: textOf(paragraph), url, lang };
}

function descendants(element: Element): Element[] {
  return element.children.flatMap((child) => (child.type === 'element' ? [child, ...descendants(child)] : []));
}

const MONTHS: Record<string, number> = Object.fromEntries(
  ['en', 'fr'].flatMap((lang) =>
    Array.from({ length: 12 }, (_, month) => [
      new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month, 1)).toLowerCase(),
      month + 1,
    ]),
  ),
);

/** X/Twitter writes the date in the embedder's language: "February 16, 2015" or "16 février 2015". */
function parseEmbedDate(text: string): string | undefined {
  const clean = text.trim().toLowerCase();
  const english = /^([a-z]+)\s+(\d{1,2}),\s*(\d{4})$/.exec(clean);
  const french = /^(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})$/u.exec(clean);
  const [day, monthName, year] = english
    ? [english[2], english[1], english[3]]
    : french
      ? [french[1], french[2], french[3]]
      : [];
  const month = monthName ? MONTHS[monthName] : undefined;
  if (!day || !month || !year) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return parseArticleDate(iso).ok ? iso : undefined;
}

function textOf(node: HastContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.tagName === 'br' ? '\n' : node.children.map(textOf).join('');
  return '';
}

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function isBlank(node: HastContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'comment';
}

function isWidgetsScript(element: Element): boolean {
  return (
    element.tagName === 'script' &&
    WIDGETS_SCRIPT.test(String(element.properties.src ?? '')) &&
    element.children.length === 0
  );
}

/** The loader X/Twitter appends to its embed code; pasted on its own after an embed, it is dropped with it. */
function isWidgetsScriptOnly(html: string): boolean {
  const nodes = fromHtml(html, { fragment: true }).children.filter((child) => !isBlank(child));
  return nodes.length > 0 && nodes.every((child) => child.type === 'element' && isWidgetsScript(child));
}
