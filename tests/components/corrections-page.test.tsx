import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CorrectionsPage } from '@/components/corrections-page';
import { getArticlePage, type CorrectionsPageData } from '@/lib/content';

const cisco = getArticlePage('cisco-french-tech-2015')!.article;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/[\u00A0\u202F]/g, ' ');
const at = (iso: string) => ({ instant: new Date(iso), iso });

describe('the corrections page', () => {
  it('lists each correction under the headline of the article it corrects, with its date', () => {
    const page: CorrectionsPageData = {
      path: '/corrections',
      corrections: [
        { date: at('2015-02-18T09:00:00+01:00'), text: 'Il s’agit de dollars : non d’euros.', article: cisco },
      ],
      older: '/corrections/page/1',
    };
    const { container } = render(<CorrectionsPage page={page} />);
    expect(container.querySelector('h1')?.textContent).toBe('Corrections');
    const [item] = container.querySelectorAll('.correction-list > li');
    const link = within(item as HTMLElement).getByRole('link');
    expect([link.getAttribute('href'), link.closest('h2')]).toEqual([cisco.path, expect.anything()]);
    expect(text(item?.querySelector('p'))).toBe('18 février 2015 — Il s’agit de dollars : non d’euros.');
    expect(item?.querySelector('time')?.getAttribute('datetime')).toBe('2015-02-18T09:00:00+01:00');
    expect(container.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/corrections/page/1');
    expect([...container.querySelectorAll('.breadcrumbs li')].map(text)).toEqual(['Accueil', 'Corrections']);
  });

  it('names its archive pages and the days they cover, and says when there is no correction', () => {
    const { container, rerender } = render(
      <CorrectionsPage
        page={{
          page: 1,
          path: '/corrections/page/1',
          corrections: [{ date: at('2015-02-18T09:00:00+01:00'), text: 'Une faute.', article: cisco }],
          newer: '/corrections',
          span: { from: at('2015-02-01T09:00:00+01:00'), to: at('2015-02-18T09:00:00+01:00') },
        }}
      />,
    );
    expect(text(container.querySelector('.listing-span'))).toBe(
      'Archives, page 1 · Du 1er février 2015 au 18 février 2015',
    );
    rerender(<CorrectionsPage page={{ path: '/corrections', corrections: [] }} />);
    expect(container.querySelector('.empty')?.textContent).toBe('Aucune correction publiée pour le moment.');
  });
});
