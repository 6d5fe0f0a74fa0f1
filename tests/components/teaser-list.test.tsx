import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FrontPage } from '@/components/front-page';
import { RelatedArticles } from '@/components/related-articles';
import { TeaserList } from '@/components/teaser-list';
import { photoView } from '@/tests/fixtures/photo-view';
import { getArticlePage, getFrontPage } from '@/lib/content';

const cisco = getArticlePage('cisco-french-tech-2015')!.article;
const photo = photoView('Le logo de Kiosque');

describe('a list of teasers', () => {
  it('gives each teaser its rubrique, its headline as a link and its lead', () => {
    const { container } = render(<TeaserList teasers={[cisco]} />);
    const teaser = container.querySelector('article.teaser')!;
    expect(teaser.querySelector('.kicker')?.textContent).toBe('Économie');
    expect(teaser.querySelector('h2 a')?.getAttribute('href')).toBe('/articles/cisco-french-tech-2015');
    expect(teaser.querySelector('.teaser-lead')?.textContent).toMatch(/^L’Etat français vient de passer/);
  });

  it('shows a teaser’s photo as a small thumbnail, lazily, beside its headline', () => {
    const { container } = render(<TeaserList teasers={[{ ...cisco, image: photo }]} level={3} />);
    const image = container.querySelector('img')!;
    expect([image.getAttribute('loading'), image.getAttribute('alt'), image.getAttribute('width')]).toEqual([
      'lazy',
      '',
      '400',
    ]);
    // The thumbnail's 3:2 crop, not the whole photo scaled down.
    expect(image.getAttribute('height')).toBe('267');
    expect(image.getAttribute('src')).toMatch(/^\/media\/test-\w{10}-thumb-400\.jpg$/);
    expect(container.querySelector('h3 a')?.textContent).toMatch(/^Cisco va investir/);
  });

  it('marks an opinion piece with its type, set apart', () => {
    const { container } = render(<TeaserList teasers={[{ ...cisco, type: { name: 'Tribune', kind: 'opinion' } }]} />);
    expect(container.querySelector('article.teaser.opinion .article-type')?.textContent).toBe('Tribune');
  });

  it('says so when there is nothing to list', () => {
    const { container } = render(<TeaserList teasers={[]} />);
    expect(container.textContent).toBe('Aucun article publié pour le moment.');
  });
});

describe('the front page', () => {
  it('shows the lead story’s photo first, never lazily, and no thumbnail beside its headline', () => {
    const page = getFrontPage();
    const { container } = render(<FrontPage page={{ ...page, lead: { ...cisco, image: photo } }} />);
    const images = [...container.querySelectorAll('.front-lead img')];
    expect(images.map((image) => [image.getAttribute('alt'), image.getAttribute('fetchpriority')])).toEqual([
      ['Le logo de Kiosque', 'high'],
    ]);
    expect(images[0]?.getAttribute('loading')).toBeNull();
  });
});

describe('« À lire aussi »', () => {
  it('labels an opinion piece as one, set apart, and a news story not at all', () => {
    const { container } = render(
      <RelatedArticles
        articles={[{ ...cisco, slug: 'tribune', type: { name: 'Tribune', kind: 'opinion' } }, cisco]}
        lang="fr"
      />,
    );
    const [tribune, news] = container.querySelectorAll('aside.related li');
    expect([tribune?.className, tribune?.querySelector('.article-type')?.textContent]).toEqual(['opinion', 'Tribune']);
    expect(tribune?.querySelector('.article-type + a')?.getAttribute('href')).toBe(cisco.path);
    expect(news?.querySelector('.article-type')).toBeNull();
  });
});
