import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { bench, describe } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { splitFrontMatter } from '@/lib/content/frontmatter';
import { renderMarkdown } from '@/lib/markdown/render';

/**
 * Speed of the content layer, each figure beside a baseline measured in the same run: plain
 * remark + remark-html (default sanitizer, none of our plugins) on the same Markdown.
 */
const seed = readFileSync('content/cisco-french-tech-2015.md', 'utf8');
const split = splitFrontMatter(seed, 'seed');
if (!split.ok) throw new Error('the seed article does not parse');
const body = split.frontMatter.body;
const longBody = Array.from({ length: 20 }, () => body).join('\n\n');
const baseline = remark().use(remarkHtml).freeze();

/** Size, beside the same baseline: what our markup (quote figures, tweet cards, unbreakable spans) adds. */
function sizes(label: string, html: string): string {
  return `${label}: ${Buffer.byteLength(html)} B, ${gzipSync(html).length} B gzipped`;
}
console.log(
  [
    'HTML of the seed article body',
    `  ${sizes('baseline: remark + remark-html', String(baseline.processSync(body)))}`,
    `  ${sizes('kiosque: renderMarkdown      ', renderMarkdown(body, { lang: 'fr', file: 'seed.md' }).html)}`,
  ].join('\n'),
);

describe('render the seed article body', () => {
  bench('baseline: remark + remark-html', () => {
    baseline.processSync(body);
  });
  bench('kiosque: renderMarkdown', () => {
    renderMarkdown(body, { lang: 'fr', file: 'seed.md' });
  });
  bench('kiosque: renderMarkdown in a language with no typography rules (its cost)', () => {
    renderMarkdown(body, { lang: 'de', file: 'seed.md' });
  });
});

describe('render a long article (20× the seed body)', () => {
  bench('baseline: remark + remark-html', () => {
    baseline.processSync(longBody);
  });
  bench('kiosque: renderMarkdown', () => {
    renderMarkdown(longBody, { lang: 'fr', file: 'long.md' });
  });
});

describe('load the content folder (read, validate, render every file)', () => {
  bench('baseline: read + remark-html each file, no validation', () => {
    for (const name of ['cisco-french-tech-2015.md']) baseline.processSync(readFileSync(`content/${name}`, 'utf8'));
  });
  bench('kiosque: loadContent', () => {
    loadContent('content');
  });
});
