import { bench, describe } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { labelsFor } from '@/lib/text/labels';
import { typeset, typesetTitle } from '@/lib/text/typography';

/**
 * The build typesets tens of thousands of short strings (titles, leads, teasers, labels, tweets).
 * Each figure is beside two baselines from the same run: copying the strings, and the regex the
 * body used before typograf (it only found the words to wrap in nowrap spans).
 */
const { title, description = '' } = loadContent('content').articles.find(
  (article) => article.slug === 'cisco-french-tech-2015',
)!;
const strings = [
  title,
  description,
  'Échanges fructueux avec John Chambers de @Cisco qui choisit d’investir en France : 100 millions $ dans la #FrenchTech pic.twitter.com/1VBPzLVls1',
  'Une restructuration est en cours et pourrait conduire licencier 6000 personnes dans les mois à venir.',
  'Manuel Valls',
  'La rédaction',
  ...Object.values(labelsFor('fr')),
];
console.log(`${strings.length} strings, ${strings.join('').length} characters per pass`);

const SPACE = '[ \\u00A0\\u202F]';
const PREVIOUS_REGEX = new RegExp(
  [
    `\\d{1,3}(?:${SPACE}\\d{3})+(?:${SPACE}[%€$])?`,
    `(?:«${SPACE})?[^\\s«]+(?:${SPACE}[;:!?»%€$][^\\s]*)+`,
    `«${SPACE}[^\\s»]+`,
  ].join('|'),
  'gu',
);

/** Results go somewhere, so the engine cannot skip the work. */
const sink = { length: 0 };
describe('typeset the strings of an article page', () => {
  bench('baseline: copy each string', () => {
    for (const text of strings) sink.length += (' ' + text).slice(1).length;
  });
  bench('baseline: the previous regex (find the words to wrap)', () => {
    for (const text of strings) for (const match of text.matchAll(PREVIOUS_REGEX)) sink.length += match[0].length;
  });
  bench('typeset, fr', () => {
    for (const text of strings) sink.length += typeset(text, 'fr').length;
  });
  bench('typeset, en', () => {
    for (const text of strings) sink.length += typeset(text, 'en').length;
  });
  bench('typesetTitle, fr (typeset + short compounds)', () => {
    for (const text of strings) sink.length += typesetTitle(text, 'fr').length;
  });
});
