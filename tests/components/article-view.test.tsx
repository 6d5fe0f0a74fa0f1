import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleView } from '@/components/article-view';
import { loadContent } from '@/lib/content/load';

const cisco = loadContent('content').articles.find((article) => article.slug === 'cisco-french-tech-2015')!;

describe('article view', () => {
  it('shows the title as the only h1, the lead, the byline and the date written the French way', () => {
    const { container } = render(<ArticleView article={cisco} />);
    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Cisco va investir 100 millions de dollars dans des start-up françaises en partenariat avec l’Etat',
    ]);
    expect(container.querySelector('.lead')?.textContent).toMatch(
      /^L’Etat français vient de passer un partenariat avec Cisco System/,
    );
    expect(screen.getByText('Par La rédaction')).toBeTruthy();
    const date = screen.getByText('16 février 2015', { selector: '.byline time' });
    expect(date.getAttribute('datetime')).toBe('2015-02-16T18:00:00+01:00');
    expect(container.querySelector('article')?.getAttribute('lang')).toBe('fr');
  });

  it('renders the body with its quote block and tweet card', () => {
    render(<ArticleView article={cisco} />);
    const figures = screen.getAllByRole('figure');
    expect(figures.map((figure) => figure.className)).toEqual(['quote', 'tweet']);
    expect(within(figures[0]!).getByText('— Matignon')).toBeTruthy();
    expect(within(figures[1]!).getByRole('link', { name: '@manuelvalls' })).toBeTruthy();
  });

  it('links every tag to its page', () => {
    render(<ArticleView article={cisco} />);
    const tags = within(screen.getByRole('list')).getAllByRole('link');
    expect(tags.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Cisco', '/tags/cisco'],
      ['French Tech', '/tags/french-tech'],
      ['Start-up', '/tags/start-up'],
      ['Manuel Valls', '/tags/manuel-valls'],
    ]);
  });

  it('shows an update only when there is one', () => {
    const { rerender } = render(<ArticleView article={cisco} />);
    expect(screen.queryByText(/Mis à jour/)).toBeNull();
    rerender(
      <ArticleView
        article={{ ...cisco, updated: { instant: new Date('2015-03-01T08:00:00Z'), iso: '2015-03-01T09:00:00+01:00' } }}
      />,
    );
    expect(screen.getByText('1er mars 2015').getAttribute('datetime')).toBe('2015-03-01T09:00:00+01:00');
  });
});

describe('preview banner', () => {
  it('marks a draft and a scheduled article, never a published one', () => {
    const { rerender } = render(<ArticleView article={cisco} />);
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<ArticleView article={{ ...cisco, draft: true }} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Brouillon — cet article n’est pas publié/);
    const future = new Date(Date.now() + 7 * 86_400_000);
    rerender(<ArticleView article={{ ...cisco, date: { instant: future, iso: future.toISOString() } }} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Programmé — publié au prochain build après le /);
  });

  it('never says “Publié le” of an article that is not out', () => {
    const byline = () => document.querySelector('.byline-dates')?.textContent;
    const { rerender } = render(<ArticleView article={cisco} />);
    expect(byline()).toBe('Publié le 16\u00A0février 2015');
    rerender(<ArticleView article={{ ...cisco, draft: true }} />);
    expect(byline()).toBe('Brouillon daté du 16\u00A0février 2015');
    const future = new Date(Date.UTC(2999, 0, 15, 12));
    rerender(<ArticleView article={{ ...cisco, date: { instant: future, iso: '2999-01-15T13:00:00+01:00' } }} />);
    expect(byline()).toBe('Programmé pour le 15\u00A0janvier 2999');
  });
});

describe('an article in another language', () => {
  it('writes its byline in that language', () => {
    render(<ArticleView article={{ ...cisco, lang: 'en', authors: ['Anne Martin', 'Paul Durand'] }} />);
    expect(screen.getByText('By Anne Martin and Paul Durand')).toBeTruthy();
    expect(screen.getByText('February 16, 2015').parentElement?.textContent).toBe('Published February\u00A016, 2015');
    expect(screen.queryByText(/Publié le|Par /)).toBeNull();
  });
});

describe('the lead photo', () => {
  it('is shown with its description and its size, so the page does not jump as it loads', () => {
    render(
      <ArticleView
        article={{ ...cisco, image: { src: '/logo.png', alt: 'Le logo de Kiosque', width: 512, height: 512 } }}
      />,
    );
    const image = screen.getByRole('img', { name: 'Le logo de Kiosque' });
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['512', '512']);
    expect(image.closest('figure')?.nextElementSibling?.className).toBe('article-body');
  });
});
