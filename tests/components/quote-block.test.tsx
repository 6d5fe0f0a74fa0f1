import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article-body';
import { renderMarkdown } from '@/lib/markdown/render';

function renderBody(markdown: string) {
  const { html, problems } = renderMarkdown(markdown, { lang: 'fr', file: 'test.md' });
  expect(problems).toEqual([]);
  return render(<ArticleBody html={html} />);
}

describe('quote block', () => {
  it.each([
    ['a > block ending with a — line', '> « Ce partenariat ambitieux »\n>\n> — Matignon'],
    ['a :::quote directive', ':::quote[Matignon]\n« Ce partenariat ambitieux »\n:::'],
  ])('puts the attribution of %s outside the quoted words', (_, markdown) => {
    renderBody(markdown);
    const figure = screen.getByRole('figure');
    const quote = figure.querySelector('blockquote')!;
    expect(quote.textContent?.trim()).toBe('«\u202FCe partenariat ambitieux\u202F»');
    const caption = figure.querySelector('figcaption')!;
    expect(caption.textContent).toBe('— Matignon');
    expect(quote.contains(caption)).toBe(false);
    expect(within(figure).getByText('— Matignon')).toBe(caption);
  });

  it('keeps the source address on the blockquote', () => {
    renderBody(':::quote[Matignon]{cite="https://example.org/communique"}\nTexte\n:::');
    expect(screen.getByRole('figure').querySelector('blockquote')?.getAttribute('cite')).toBe(
      'https://example.org/communique',
    );
  });

  it('leaves a > block without attribution a plain blockquote', () => {
    const { container } = renderBody('> Une citation.\n>\n> Sans tiret.');
    expect(screen.queryByRole('figure')).toBeNull();
    expect(container.querySelector('blockquote')?.textContent).toContain('Sans tiret.');
  });
});
