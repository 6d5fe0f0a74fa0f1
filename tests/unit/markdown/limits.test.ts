import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/text/problems';
import { renderMarkdown } from '@/lib/markdown/render';

function render(markdown: string): { html: string; problems: string[] } {
  const { html, problems } = renderMarkdown(markdown, { lang: 'fr', file: 'a.md' });
  return { html, problems: problems.map(formatProblem) };
}

const nesting = (line: number, column: number, found: string) =>
  `a.md:${line}:${column}  nesting: nests quotes, lists, ::: blocks or emphasis more than 20 deep (expected at most 20 levels, found ${found})`;

const lists = (depth: number) => Array.from({ length: depth }, (_, i) => ' '.repeat(2 * i) + '- x').join('\n');
/** Quote blocks nested `depth` deep, each fence one colon longer than the block it holds. */
const quoteDirectives = (depth: number) =>
  Array.from({ length: depth }, (_, i) => ':'.repeat(depth + 2 - i) + 'quote[A]').join('\n') +
  '\nx\n' +
  Array.from({ length: depth }, (_, i) => ':'.repeat(i + 3)).join('\n');

describe('Markdown limits', () => {
  it('let quotes, lists, ::: blocks and emphasis nest 20 deep, and refuse a 21st level before parsing', () => {
    for (const markdown of [
      '>'.repeat(20) + ' x',
      lists(20),
      quoteDirectives(20),
      '*a '.repeat(20) + 'b* '.repeat(20),
    ]) {
      expect(render(markdown).problems).toEqual([]);
    }
    expect(render('>'.repeat(21) + ' x')).toEqual({ html: '', problems: [nesting(1, 1, '>'.repeat(21) + ' x')] });
    expect(render(lists(21)).problems).toEqual([nesting(21, 1, '- x')]);
    expect(render(quoteDirectives(21)).problems).toEqual([nesting(21, 1, ':::quote[A]')]);
    expect(render('*a '.repeat(21) + 'b* '.repeat(21)).problems).toEqual([
      nesting(1, 1, '*a *a *a *a *a *a *a *a *a *a *a *a *a *a *a *a *…'),
    ]);
  });

  it('refuse whatever else nests past 20 once parsed, before any plugin walks the tree', () => {
    expect(render(':x['.repeat(21) + 'y' + ']'.repeat(21))).toEqual({
      html: '',
      problems: [nesting(1, 61, ':x[:x[:x[:x[:x[:x[:x[:x[:x[:x[:x[:x[:x[:x[:x[:x[:…')],
    });
  });

  it('read a rule of thirty stars as a rule, not thirty lists', () => {
    expect(render('* '.repeat(30))).toEqual({ html: '<hr>\n', problems: [] });
  });

  it('refuse more Markdown marks than an article ever needs, in a paragraph or in all', () => {
    expect(render('['.repeat(200)).problems).toEqual([]);
    expect(render('x\n\n' + '['.repeat(100) + '\n' + '['.repeat(101)).problems).toEqual([
      'a.md:3:1  paragraph: has more Markdown marks (* _ [ ] ` < & \\) than an article ever needs (expected at most 200 in one paragraph, found 201)',
    ]);
    expect(render(('['.repeat(100) + '\n- ').repeat(100)).problems).toEqual([]);
    expect(render(('['.repeat(100) + '\n\n').repeat(201)).problems).toEqual([
      'a.md:1:1  body: has more Markdown marks (* _ [ ] ` < & \\) than an article ever needs (expected at most 20,000 in one article, found 20,100)',
    ]);
  });

  it('refuse more lines than an article ever needs', () => {
    expect(render('x\n'.repeat(19_999)).problems).toEqual([]);
    expect(render('x\n'.repeat(20_000)).problems).toEqual([
      'a.md:20001:1  body: has more lines than an article ever needs (expected at most 20,000 lines, found 20,001)',
    ]);
  });

  it('refuse control characters, which readers do not see and feeds cannot carry', () => {
    expect(render('Texte.\n\nUn\u0000 nul.').problems).toEqual([
      'a.md:3:3  body: contains a control character (expected printable text, found U+0000)',
    ]);
    expect(render('Une tabulation\tet\u00a0une espace insécable.').problems).toEqual([]);
  });
});
