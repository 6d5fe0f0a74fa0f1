import Typograf, { type TypografRule } from 'typograf';
import { primaryLanguage } from './languages';

/**
 * Typography for every text the site sets, in the text's language, at render time: the editor's
 * file keeps what they typed. The editor's characters only gain no-break spaces (and ' becomes ’);
 * letters, URLs, e-mail addresses, @handles, #hashtags and HTML entities are never changed.
 *
 * typograf runs the rules. Its French locale only knows « » quotes, and several of its default rules
 * are wrong for French (common/space/delBeforePunctuation deletes the space before : ; ! ?), so
 * every rule is off and each language turns on exactly the ones below. What typograf lacks for
 * French is added as typograf rules (fr/…), so they share its protection of addresses and handles.
 */

const NBSP = '\u00A0';
const NNBSP = '\u202F';
/** Spaces an editor may type (or a soft line break) where French wants a no-break one. */
const SPACE = '[ \\t\\n\\r\\u00A0\\u2009\\u202F]';
/** typograf hides a protected span behind this character (with a number); it counts as a word. */
const HIDDEN = '\uF000';
/** Stands for something inline that is not text (code, an image…) when a sentence is typeset whole. */
const OBJECT = '\uFFFC';

const CURRENCY = '€$£¥';
/** After a word or a closing mark, not after a space, an opening bracket or quote, or another mark. */
const AFTER_WORD = `(?<=[^\\s;:!?(\\[{«‹“‘])`;

const HIGH_PUNCTUATION = new RegExp(`${AFTER_WORD}${SPACE}*([;!?]+)(?=$|[\\s»›)\\]}”’"'.,…${HIDDEN}${OBJECT}])`, 'g');
const COLON = new RegExp(`${AFTER_WORD}(?:${SPACE}+:|:(?=$|\\s))`, 'g');
const OPENING_GUILLEMET = new RegExp(`([«‹])${SPACE}*(?=\\S)`, 'g');
const CLOSING_GUILLEMET = new RegExp(`(?<=\\S)${SPACE}*([»›])`, 'g');
const CURRENCY_SIGN = new RegExp(`(?:(?<=\\d)${SPACE}*|(?<=\\S)${SPACE}+)([${CURRENCY}])(?![\\p{L}\\p{N}])`, 'gu');
const PERCENT_SIGN = new RegExp(`(?:(?<=\\d)${SPACE}*|(?<=\\S)${SPACE}+)([%‰])`, 'g');
const DECIMAL_BEFORE_WORD = /(?<![\p{L}\p{N}_,.])(\d+,\d+) (?=\p{L})/gu;

const frenchRules: TypografRule[] = [
  {
    // typograf's common/number/digitGrouping groups codes (75001, ISBN parts) and leaves 6000 alone.
    name: 'fr/number/digitGrouping',
    index: 450,
    handler: (text) => groupDigits(text),
  },
  {
    // Imprimerie nationale, and CLDR's fr locale: a narrow no-break space before ; ! ? and a
    // no-break space before :, in place of the space typed, or added where none was typed.
    name: 'fr/nbsp/punctuation',
    index: 520,
    handler: (text) => text.replace(HIGH_PUNCTUATION, `${NNBSP}$1`).replace(COLON, `${NBSP}:`),
  },
  {
    // « and » hold their words with a narrow no-break space (the only part of typograf's quote
    // rule we want: the rule also turns every " “ ” into « » and nested « » into ‹ ›).
    name: 'fr/nbsp/guillemets',
    index: 520,
    handler: (text) => text.replace(OPENING_GUILLEMET, `$1${NNBSP}`).replace(CLOSING_GUILLEMET, `${NNBSP}$1`),
  },
  {
    // A number keeps its unit: 100 $, 15 %, 3,5 millions. CLDR's fr locale writes a no-break space
    // before a currency sign and a narrow one before %. typograf's common/nbsp/afterNumber binds
    // whole numbers to the next word, but not decimals.
    name: 'fr/nbsp/units',
    index: 515,
    handler: (text) =>
      text
        .replace(CURRENCY_SIGN, `${NBSP}$1`)
        .replace(PERCENT_SIGN, `${NNBSP}$1`)
        .replace(DECIMAL_BEFORE_WORD, `$1${NBSP}`),
  },
];

for (const rule of frenchRules) {
  if (!Typograf.getRule(rule.name)) Typograf.addRule(rule);
}

/** The typograf rules each language gets; every other rule stays off. */
const TYPOGRAPHY_RULES: Record<'fr' | 'en', readonly string[]> = {
  fr: ['common/punctuation/apostrophe', 'common/nbsp/afterNumber', ...frenchRules.map((rule) => rule.name)],
  en: ['common/punctuation/apostrophe', 'common/nbsp/afterNumber'],
};

/** What typograf must never touch: addresses, handles, hashtags, entities written as text. */
const PROTECTED = [
  /\b(?:https?|ftp):\/\/[^\s<>"]+/gi,
  /\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"]*/gi,
  /\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi,
  /[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi,
  /(?<![\p{L}\p{N}_@])@[A-Za-z0-9_]+/gu,
  /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]+/gu,
  /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi,
  /\\u[\da-f]{4};/gi,
];

function typografFor(language: 'fr' | 'en'): Typograf {
  const typograf = new Typograf({
    locale: [language === 'fr' ? 'fr' : 'en-US'],
    htmlEntity: { type: 'default' },
    processingSeparateParts: false,
    disableRule: '*',
    enableRule: [...TYPOGRAPHY_RULES[language]],
  });
  for (const pattern of PROTECTED) typograf.addSafeTag(pattern);
  return typograf;
}

const typografs = { fr: typografFor('fr'), en: typografFor('en') };

/** The same title is set on many pages (its own, the listings, the suggestions): typograf runs once for it. */
const typesetBefore = { fr: new Map<string, string>(), en: new Map<string, string>() };

/** Characters without which no rule of the language can change anything: most strings skip typograf. */
const TRIGGERS = { fr: /[\d;:!?«»‹›'%‰€$£¥]/, en: /[\d']/ };

function languageOf(lang: string): 'fr' | 'en' | undefined {
  const language = primaryLanguage(lang);
  return language === 'fr' || language === 'en' ? language : undefined;
}

/**
 * Plain text (a title, a lead, a teaser, a caption, a label, a tweet) set in the typography of
 * `lang`: French rules for `fr`/`fr-*`, English ones for `en`/`en-*`, and none for other languages,
 * whose rules we do not know (German, Spanish… each have their own), as doing nothing is never wrong.
 */
export function typeset(text: string, lang: string): string {
  const language = languageOf(lang);
  if (!language || !TRIGGERS[language].test(text)) return text;
  let result = typesetBefore[language].get(text);
  if (result === undefined) typesetBefore[language].set(text, (result = typografs[language].execute(text)));
  return result;
}

/** Where a running number may start: not inside a word, a code (A320, 978-2-07), an address or a decimal. */
const NUMBER_START = `(?<![\\p{L}\\p{N}_.,:/+#@°º-]|${HIDDEN})`;
/** Where it may end: not before letters, a hyphen or slash, or a dot or colon and more digits (1.5, 18:30). */
const NUMBER_END = `(?![\\p{L}\\p{N}_/-]|[.:]\\d)`;
const GROUPED_NUMBER = new RegExp(`${NUMBER_START}[1-9]\\d{0,2}(?:[ \\u00A0\\u2009\\u202F]\\d{3})+${NUMBER_END}`, 'gu');
/** 4 to 9 digits: longer ones, unspaced, are phone numbers, ISBNs or SIRETs, never amounts in prose. */
const UNGROUPED_NUMBER = new RegExp(`${NUMBER_START}[1-9]\\d{3,8}${NUMBER_END}`, 'gu');
const CODE_BEFORE =
  /(?:\bn[°º]|\bno|\bnum[ée]ro|\bcode|\bpostal|\bisbn|\bissn|\bean|\bsiret|\bsiren|\bt[ée]l\.?|\bfax|\bréf\.?|\bref\.?|\bcp|\bbp|\bcedex)\s*$/i;
const MONEY_AFTER = new RegExp(`^${SPACE}*(?:[${CURRENCY}%‰]|(?:euros?|dollars?|francs?|livres?)(?![\\p{L}]))`, 'u');
const CAPITALISED_WORD_AFTER = new RegExp(`^${SPACE}\\p{Lu}`, 'u');

/** Digits grouped by thousands with a narrow no-break space, in running numbers only. */
function groupDigits(text: string): string {
  return text
    .replace(GROUPED_NUMBER, (number: string, offset: number, whole: string) =>
      isCode(whole, offset) ? number : number.replace(/[ \u00A0\u2009]/g, NNBSP),
    )
    .replace(UNGROUPED_NUMBER, (number: string, offset: number, whole: string) => {
      const after = whole.slice(offset + number.length);
      const mayBeYear = number.length === 4 && Number(number) <= 2100 && !MONEY_AFTER.test(after);
      const isPostcode = number.length === 5 && CAPITALISED_WORD_AFTER.test(after);
      return isCode(whole, offset) || mayBeYear || isPostcode ? number : number.replace(/\B(?=(\d{3})+$)/g, NNBSP);
    });
}

/**
 * A number right after n°, code, ISBN, tél… is a code, and 75001 before a capitalised word (Paris)
 * a postcode: written as they are. 1000 to 2100 may be a year (depuis 1997) and is left alone
 * unless money or a percentage follows: French style allows four digits without a space.
 */
function isCode(text: string, offset: number): boolean {
  return CODE_BEFORE.test(text.slice(Math.max(0, offset - 12), offset));
}

/** A piece of a title: `nowrap` pieces are set in a `<span class="nowrap">` so that no line breaks inside them. */
interface TitlePiece {
  text: string;
  nowrap: boolean;
}

/**
 * A short hyphenated word (start-up, e-mail, après-midi: at most 12 characters) is kept whole in a
 * title, where a line ending in "start-" and starting with "up" reads badly. A nowrap span rather
 * than U+2011 (non-breaking hyphen): the characters stay the ones the editor typed, so copy-paste,
 * find-in-page and search engines see "start-up", and fonts without U+2011 show no fallback glyph.
 */
const SHORT_COMPOUND = /(?<![\p{L}\p{N}\-’'])[\p{L}\p{N}’']+(?:-[\p{L}\p{N}’']+)+(?![\p{L}\p{N}\-’'])/gu;
const SHORT_COMPOUND_MAX = 12;

/** A title typeset in `lang`, in pieces: render the `nowrap` ones as `<span class="nowrap">`. */
export function typesetTitle(text: string, lang: string): TitlePiece[] {
  return keepCompoundsWhole(typeset(text, lang));
}

/** Splits already typeset text around its short compounds (see `typesetTitle`). */
export function keepCompoundsWhole(text: string): TitlePiece[] {
  const pieces: TitlePiece[] = [];
  let last = 0;
  for (const match of text.matchAll(SHORT_COMPOUND)) {
    if (match[0].length > SHORT_COMPOUND_MAX) continue;
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), nowrap: false });
    pieces.push({ text: match[0], nowrap: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || pieces.length === 0) pieces.push({ text: text.slice(last), nowrap: false });
  return pieces;
}

/** A run of text split by inline markup: what a text node, or something that is not text, holds. */
export interface TextSpan {
  /** The text; an opaque span (code, an image, a link showing its own address) is never changed. */
  value: string;
  opaque?: boolean;
  /** How deep in inline markup the span sits: a space added between two spans goes to the shallower one. */
  depth: number;
}

const SPACES = new Set([' ', '\t', '\n', '\r', NBSP, '\u2009', NNBSP]);

/**
 * Typesets spans as the one sentence a reader sees (so « *smart city* » and 100 **millions** get
 * their spaces) and returns each span's new text; opaque spans come back as they were. Rules only
 * add, remove or swap spaces and turn ' into ’, so the typeset sentence is matched back to the spans
 * character by character. Should it ever not match, each span is typeset on its own.
 */
export function typesetSpans(spans: readonly TextSpan[], lang: string): string[] {
  const sentence = spans.map((span) => (span.opaque ? OBJECT : span.value)).join('');
  const typeset_ = typeset(sentence, lang);
  if (typeset_ === sentence) return spans.map((span) => span.value);
  return (
    matchBack(spans, sentence, typeset_) ?? spans.map((span) => (span.opaque ? span.value : typeset(span.value, lang)))
  );
}

function matchBack(spans: readonly TextSpan[], before: string, after: string): string[] | undefined {
  const owner = spans.flatMap((span, index) => Array<number>(span.opaque ? 1 : span.value.length).fill(index));
  const result = spans.map(() => '');
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const was = before[i];
    const is = after[j];
    if (
      was !== undefined &&
      is !== undefined &&
      (was === is || (SPACES.has(was) && SPACES.has(is)) || (was === "'" && is === '’'))
    ) {
      result[owner[i]!] += is;
      i++;
      j++;
    } else if (is !== undefined && SPACES.has(is)) {
      const target = insertionTarget(spans, owner[i - 1], owner[i]);
      if (target === undefined) return undefined;
      result[target] += is;
      j++;
    } else if (was !== undefined && SPACES.has(was)) {
      i++;
    } else {
      return undefined;
    }
  }
  if (spans.some((span, index) => span.opaque && result[index] !== OBJECT)) return undefined;
  return spans.map((span, index) => (span.opaque ? span.value : result[index]!));
}

/** A space added between two spans goes outside the markup: to the shallower span, never into an opaque one. */
function insertionTarget(
  spans: readonly TextSpan[],
  left: number | undefined,
  right: number | undefined,
): number | undefined {
  const candidates = [right, left].filter((index): index is number => index !== undefined && !spans[index]!.opaque);
  return candidates.sort((a, b) => spans[a]!.depth - spans[b]!.depth)[0];
}
