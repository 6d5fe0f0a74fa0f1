import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteShell } from '@/components/site-shell';
import { articleText, contentFolder } from '../unit/content/temp-content';

afterEach(() => vi.unstubAllEnvs());

describe('the site shell', () => {
  it('shows the name and the tagline of the settings file, and its rubriques that have articles, in its order', () => {
    const dir = contentFolder({
      'site.yml': 'name: Le Quotidien\ntagline: Le journal du soir\nsections: [Sciences, Culture, Économie]\n',
      'a.md': articleText('A', '2015-02-16', 'section: Économie\n'),
      'b.md': articleText('B', '2015-02-17', 'section: Sciences\n'),
    });
    vi.stubEnv('CONTENT_DIR', dir);
    const page = new DOMParser().parseFromString(
      renderToStaticMarkup(<SiteShell lang="fr">contenu</SiteShell>),
      'text/html',
    );
    expect(page.querySelector('.masthead-title')?.textContent).toBe('Le Quotidien');
    expect(page.querySelector('.masthead-tagline')?.textContent).toBe('Le journal du soir');
    expect([...page.querySelectorAll('nav.sections a')].map((a) => a.textContent)).toEqual(['Sciences', 'Économie']);
  });
});

describe('the footer', () => {
  it('links to the paper’s pages in their order, its corrections, its feed and its address', () => {
    vi.stubEnv(
      'CONTENT_DIR',
      contentFolder({
        'site.yml': 'footer: [a-propos, mentions-legales]\ncontact: ecrire@journal.example\n',
        'a.md': articleText('A'),
        'pages/a-propos.md': '---\ntitle: À propos\ndescription: "x"\n---\nTexte.\n',
        'pages/mentions-legales.md': '---\ntitle: Mentions légales\ndescription: "x"\n---\nTexte.\n',
        'pages/about.md': '---\ntitle: About us\ndescription: "x"\nlang: en\nfooter: true\n---\nText.\n',
      }),
    );
    const page = new DOMParser().parseFromString(
      renderToStaticMarkup(<SiteShell lang="fr">contenu</SiteShell>),
      'text/html',
    );
    const links = [...page.querySelectorAll('.site-footer > ul a')];
    expect(
      links.map((a) => [a.textContent, a.getAttribute('href'), a.closest('[lang]')?.getAttribute('lang')]),
    ).toEqual([
      ['À propos', '/a-propos', 'fr'],
      ['Mentions légales', '/mentions-legales', 'fr'],
      ['About us', '/about', 'en'],
      ['Corrections', '/corrections', 'fr'],
      ['S’abonner (RSS)', '/rss.xml', 'fr'],
      ['ecrire@journal.example', 'mailto:ecrire@journal.example', 'fr'],
    ]);
  });
});
