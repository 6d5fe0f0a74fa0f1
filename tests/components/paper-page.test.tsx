import { render, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PaperPage } from '@/components/paper-page';
import { getPaperPage } from '@/lib/content';
import { contentFolder } from '../unit/content/temp-content';

afterEach(() => vi.unstubAllEnvs());

describe('a page of the paper', () => {
  it('shows its title as the only h1, where it stands, when it changed, and its text', () => {
    vi.stubEnv(
      'CONTENT_DIR',
      contentFolder({
        'pages/charte.md':
          '---\ntitle: Charte déontologique\ndescription: "x"\nupdated: 2015-03-01\n---\n\n## Vérifier\n\nUne information est vérifiée : toujours.\n',
      }),
    );
    const { container } = render(<PaperPage page={getPaperPage('charte')!.page} />);
    expect(
      within(container)
        .getAllByRole('heading', { level: 1 })
        .map((h) => h.textContent),
    ).toEqual(['Charte déontologique']);
    expect([...container.querySelectorAll('.breadcrumbs li')].map((li) => li.textContent)).toEqual([
      'Accueil',
      'Charte déontologique',
    ]);
    expect(container.querySelector('.paper-page-updated')?.textContent?.replace(/\u00A0/g, ' ')).toBe(
      'Mis à jour le 1er mars 2015',
    );
    expect(container.querySelector('.article-body h2')?.textContent).toBe('Vérifier');
    expect(container.querySelector('.article-body p')?.textContent).toBe(
      'Une information est vérifiée\u00A0: toujours.',
    );
    expect(container.querySelector('section')?.hasAttribute('lang')).toBe(false);
  });

  it('marks a page in another language than the site’s, and says its date in it', () => {
    vi.stubEnv(
      'CONTENT_DIR',
      contentFolder({ 'pages/about.md': '---\ntitle: About us\nlang: en\nupdated: 2015-03-01\n---\nWho we are.\n' }),
    );
    const { container } = render(<PaperPage page={getPaperPage('about')!.page} />);
    expect(container.querySelector('section')?.getAttribute('lang')).toBe('en');
    expect(container.querySelector('.paper-page-updated')?.textContent?.replace(/\u00A0/g, ' ')).toBe(
      'Updated March 1, 2015',
    );
  });
});
