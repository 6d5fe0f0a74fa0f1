import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleList } from '@/components/article-list';
import { loadContent } from '@/lib/content/load';

const cisco = loadContent('content').articles.find((article) => article.slug === 'cisco-french-tech-2015')!;
const photo = { src: '/logo.png', alt: 'Le logo de Kiosque', width: 512, height: 512 };

describe('a list of teasers', () => {
  it('shows the lead story’s photo on the front page, and no other', () => {
    const first = { ...cisco, slug: 'premier', image: photo };
    const second = { ...cisco, slug: 'second', image: photo };
    const { container, rerender } = render(<ArticleList articles={[first, second]} leadPhoto />);
    const images = [...container.querySelectorAll('img')];
    expect(
      images.map((image) => [
        image.getAttribute('alt'),
        image.closest('li')?.querySelector('h2 a')?.getAttribute('href'),
      ]),
    ).toEqual([['Le logo de Kiosque', '/articles/premier']]);
    expect([images[0]?.getAttribute('width'), images[0]?.getAttribute('height')]).toEqual(['512', '512']);
    rerender(<ArticleList articles={[first, second]} />);
    expect(container.querySelectorAll('img')).toHaveLength(0);
  });

  it('gives each teaser its rubrique, its headline as a link and its lead', () => {
    const { container } = render(<ArticleList articles={[cisco]} />);
    const teaser = container.querySelector('article.teaser')!;
    expect(teaser.querySelector('.kicker')?.textContent).toBe('Économie');
    expect(teaser.querySelector('h2 a')?.getAttribute('href')).toBe('/articles/cisco-french-tech-2015');
    expect(teaser.querySelector('.teaser-lead')?.textContent).toMatch(/^L’Etat français vient de passer/);
  });

  it('says so when there is nothing to list', () => {
    const { container } = render(<ArticleList articles={[]} />);
    expect(container.textContent).toBe('Aucun article publié pour le moment.');
  });
});
