import { describe, expect, it, vi } from 'vitest';
import { articleText, contentFolder, loadAsEditor } from './temp-content';

/** A bug of ours, set off by one file: the renderer throws on any body that says so. */
vi.mock('@/lib/markdown/render', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/markdown/render')>();
  return {
    ...original,
    renderMarkdown: (...args: Parameters<typeof original.renderMarkdown>) => {
      if (args[0].includes('PLANTE')) throw new RangeError(`Maximum call stack size exceeded at ${process.cwd()}`);
      return original.renderMarkdown(...args);
    },
  };
});

describe('an unexpected error on one file', () => {
  it('is that file’s problem, named without a path or a stack, and the other files are still checked', () => {
    const dir = contentFolder({
      'a.md': articleText('A').replace('Texte.', 'PLANTE'),
      'b.md': articleText('B').replace('"x"', '2024'),
      'c.md': articleText('C'),
    });
    const { articles, problems } = loadAsEditor(dir);
    expect(problems).toEqual([
      'content/a.md  file: could not be checked: Kiosque failed on it; please report it, with the file (found RangeError)',
      'content/b.md:4:14  description: has the wrong type (expected text in quotes, found number 2024)',
    ]);
    expect(articles.map((article) => article.slug)).toEqual(['c']);
  });
});
