import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleView } from '@/components/article-view';
import { getArticlePage } from '@/lib/content';
import { photoView } from '@/tests/fixtures/photo-view';

const cisco = getArticlePage('cisco-french-tech-2015')!.article;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/[\u00A0\u202F]/g, ' ');

describe('article view', () => {
  it('shows the title as the only h1, the lead, and the byline: authors, date and hour, reading time', () => {
    const { container } = render(<ArticleView article={cisco} />);
    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings.map(text)).toEqual([
      'Cisco va investir 100 millions de dollars dans des start-up françaises en partenariat avec l’Etat',
    ]);
    expect(text(container.querySelector('.lead'))).toMatch(
      /^L’Etat français vient de passer un partenariat avec Cisco System/,
    );
    // Each part of the byline is a paragraph of its own: a screen reader pauses between them.
    const byline = [...container.querySelectorAll('.byline > p')].map(text);
    expect(byline).toEqual(['Par La rédaction', 'Publié le 16 février 2015 à 18 h 00', 'Lecture : 1 min']);
    expect(
      within(container.querySelector('.byline-authors')!)
        .getByRole('link', { name: 'La rédaction' })
        .getAttribute('href'),
    ).toBe('/auteurs/la-redaction');
    const date = container.querySelector('.byline time');
    expect(date?.getAttribute('datetime')).toBe('2015-02-16T18:00:00+01:00');
    expect(container.querySelector('article')?.getAttribute('lang')).toBe('fr');
  });

  it('keeps a short compound of the title whole, and sets the lead in French typography', () => {
    const { container } = render(<ArticleView article={cisco} />);
    expect([...container.querySelectorAll('h1 .nowrap')].map((span) => span.textContent)).toContain('start-up');
    expect(container.querySelector('.lead')?.textContent).toContain(
      '« un travail d’accompagnement de l’innovation numérique »'.replace(/« /, '«\u202F').replace(/ »/, '\u202F»'),
    );
  });

  it('renders the body with its quote block and tweet card', () => {
    render(<ArticleView article={cisco} />);
    const figures = screen.getAllByRole('figure');
    expect(figures.map((figure) => figure.className)).toEqual(['quote quote-long', 'tweet']);
    expect(within(figures[0]!).getByText('— Matignon')).toBeTruthy();
    expect(within(figures[1]!).getByRole('link', { name: '@manuelvalls' })).toBeTruthy();
  });

  it('links every tag to its page, and offers plain share links', () => {
    const { container } = render(<ArticleView article={cisco} />);
    const tags = within(container.querySelector('ul.tags')!).getAllByRole('link');
    expect(tags.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Cisco', '/tags/cisco'],
      ['French Tech', '/tags/french-tech'],
      ['Start-up', '/tags/start-up'],
      ['Manuel Valls', '/tags/manuel-valls'],
    ]);
    const share = within(container.querySelector('.share')!);
    const url = 'http://localhost:3000/articles/cisco-french-tech-2015';
    expect(share.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'X',
      'Facebook',
      'LinkedIn',
      'Envoyer par e-mail',
    ]);
    for (const link of share.getAllByRole('link'))
      expect(decodeURIComponent(link.getAttribute('href') ?? '')).toContain(url);
    expect(share.getByLabelText('Lien de l’article')).toHaveProperty('value', url);
  });

  it('places the article in the site: breadcrumbs from the front page through its rubrique', () => {
    const { container } = render(<ArticleView article={cisco} />);
    const crumbs = container.querySelector('nav.breadcrumbs');
    expect([...(crumbs?.querySelectorAll('li') ?? [])].map(text)).toEqual(['Accueil', 'Économie', cisco.title]);
    expect(crumbs?.querySelector('a')?.getAttribute('href')).toBe('/');
    const data = JSON.parse(crumbs?.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
      '@type': string;
      itemListElement: { position: number; name: string; item: string }[];
    };
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement.map((item) => [item.position, item.name, item.item])).toEqual([
      [1, 'Accueil', 'http://localhost:3000/'],
      [2, 'Économie', 'http://localhost:3000/rubriques/economie'],
      [3, cisco.title, 'http://localhost:3000/articles/cisco-french-tech-2015'],
    ]);
  });

  it('shows an update, with its hour, only when there is one', () => {
    const { rerender, container } = render(<ArticleView article={cisco} />);
    expect(screen.queryByText(/Mis à jour/)).toBeNull();
    rerender(
      <ArticleView
        article={{ ...cisco, updated: { instant: new Date('2015-03-01T08:00:00Z'), iso: '2015-03-01T09:00:00+01:00' } }}
      />,
    );
    const times = [...container.querySelectorAll('.byline time')];
    expect(times.map((time) => [text(time), time.getAttribute('datetime')])).toEqual([
      ['16 février 2015 à 18 h 00', '2015-02-16T18:00:00+01:00'],
      ['1er mars 2015 à 09 h 00', '2015-03-01T09:00:00+01:00'],
    ]);
    expect(text(times[1]?.parentElement)).toBe('Mis à jour le 1er mars 2015 à 09 h 00');
  });
});

describe('preview banner', () => {
  it('marks a draft and a scheduled article, never a published one', () => {
    const { rerender } = render(<ArticleView article={cisco} />);
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<ArticleView article={{ ...cisco, status: 'draft' }} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Brouillon — cet article n’est pas publié/);
    const future = new Date(Date.now() + 7 * 86_400_000);
    rerender(
      <ArticleView article={{ ...cisco, status: 'scheduled', date: { instant: future, iso: future.toISOString() } }} />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/^Programmé — publié au prochain build après le /);
  });

  it('never says “Publié le” of an article that is not out', () => {
    const dates = () => text(document.querySelector('.byline-dates'));
    const { rerender } = render(<ArticleView article={cisco} />);
    expect(dates()).toBe('Publié le 16 février 2015 à 18 h 00');
    rerender(<ArticleView article={{ ...cisco, status: 'draft' }} />);
    expect(dates()).toBe('Brouillon daté du 16 février 2015 à 18 h 00');
    const future = new Date(Date.UTC(2999, 0, 15, 12));
    rerender(
      <ArticleView
        article={{ ...cisco, status: 'scheduled', date: { instant: future, iso: '2999-01-15T13:00:00+01:00' } }}
      />,
    );
    expect(dates()).toBe('Programmé pour le 15 janvier 2999 à 13 h 00');
  });
});

describe('an article in another language', () => {
  it('writes its byline in that language, and English style dates', () => {
    const { container } = render(
      <ArticleView
        article={{
          ...cisco,
          lang: 'en',
          authors: [
            { name: 'Anne Martin', path: '/auteurs/anne-martin' },
            { name: 'Paul Durand', path: '/auteurs/paul-durand' },
          ],
        }}
      />,
    );
    const byline = [...container.querySelectorAll('.byline > p')].map(text);
    expect(byline).toEqual(['By Anne Martin and Paul Durand', 'Published February 16, 2015 at 6:00 PM', '1 min read']);
    expect([...container.querySelectorAll('.byline-authors a')].map((a) => a.getAttribute('href'))).toEqual([
      '/auteurs/anne-martin',
      '/auteurs/paul-durand',
    ]);
    expect(screen.queryByText(/Publié le|Par /)).toBeNull();
  });
});

describe('an author whose name has no letter or digit', () => {
  it('is named in the byline without a link, since no page can have that address', () => {
    const { container } = render(
      <ArticleView
        article={{ ...cisco, authors: [{ name: 'Anne Martin', path: '/auteurs/anne-martin' }, { name: '***' }] }}
      />,
    );
    expect(text(container.querySelector('.byline-authors')!)).toBe('Par Anne Martin et ***');
    expect([...container.querySelectorAll('.byline-authors a')].map((a) => a.getAttribute('href'))).toEqual([
      '/auteurs/anne-martin',
    ]);
  });
});

describe('the lead photo', () => {
  it('is shown with its description and its size, so the page does not jump as it loads', () => {
    render(
      <ArticleView
        article={{
          ...cisco,
          image: photoView('Le logo de Kiosque', 1600, 1067),
        }}
      />,
    );
    const image = screen.getByRole('img', { name: 'Le logo de Kiosque' });
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['1200', '800']);
    expect(image.closest('figure')?.nextElementSibling?.className).toBe('article-body');
    expect(image.closest('figure')?.querySelector('figcaption')).toBeNull();
  });

  it('carries its caption and, set apart, its credit', () => {
    render(
      <ArticleView
        article={{
          ...cisco,
          image: photoView('Le logo', 1600, 1067, { caption: 'Le logo de Kiosque.', credit: '© Kiosque' }),
        }}
      />,
    );
    const caption = screen.getByRole('img', { name: 'Le logo' }).closest('figure')?.querySelector('figcaption');
    expect(caption?.textContent).toBe('Le logo de Kiosque. © Kiosque');
    expect(caption?.querySelector('.credit')?.textContent).toBe('© Kiosque');
  });
});

describe('corrections', () => {
  const at = (iso: string) => ({ instant: new Date(iso), iso });
  const corrections = [
    { date: at('2015-02-17T10:00:00+01:00'), text: 'Le prénom de la ministre était mal orthographié.' },
    { date: at('2015-02-18T09:00:00+01:00'), text: 'Le montant était de 100 millions de dollars : non d’euros.' },
  ];

  it('are flagged under the byline by the latest, which leads to the list at the end of the article', () => {
    const { container } = render(<ArticleView article={{ ...cisco, corrections }} />);
    const notice = container.querySelector('.byline .byline-corrected a');
    expect(text(notice)).toBe('Cet article a été corrigé le 18 février 2015');
    expect(notice?.querySelector('time')?.getAttribute('datetime')).toBe('2015-02-18T09:00:00+01:00');
    const list = container.querySelector(notice?.getAttribute('href') ?? '#none');
    expect(list?.previousElementSibling?.className).toBe('article-body');
    expect(within(list as HTMLElement).getByRole('heading', { level: 2 }).textContent).toBe('Corrections');
    expect([...(list?.querySelectorAll('li') ?? [])].map(text)).toEqual([
      '17 février 2015 — Le prénom de la ministre était mal orthographié.',
      '18 février 2015 — Le montant était de 100 millions de dollars : non d’euros.',
    ]);
    // French typography: the colon keeps its no-break space.
    expect(list?.querySelectorAll('li')[1]?.textContent).toContain('dollars\u00A0: non');
  });

  it('are said in the article’s language, and not at all when there is none', () => {
    const { container, rerender } = render(<ArticleView article={cisco} />);
    expect(container.querySelector('.byline-corrected, .corrections')).toBeNull();
    rerender(<ArticleView article={{ ...cisco, lang: 'en', corrections: corrections.slice(0, 1) }} />);
    expect(text(container.querySelector('.byline-corrected'))).toBe('This article was corrected on February 17, 2015');
    expect(container.querySelector('.corrections h2')?.textContent).toBe('Correction');
  });
});
