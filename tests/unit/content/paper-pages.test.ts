import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPaperPage, getShell, readBody } from '@/lib/content';
import { RESERVED_SEGMENTS } from '@/lib/paths';
import { siteJsonLd } from '@/lib/structured-data';
import { articleText, contentFolder, loadAsEditor, siteOf } from './temp-content';

afterEach(() => vi.unstubAllEnvs());

const page = (title: string, extra = '', body = 'Le texte de la page.') =>
  `---\ntitle: "${title}"\ndescription: "Ce que dit la page ${title}."\n${extra}---\n\n${body}\n`;

describe('a page of the paper', () => {
  it('is published at the top of the site, its Markdown rendered as an article’s, and is in the sitemap', () => {
    const dir = contentFolder({
      'a.md': articleText('A'),
      'pages/a-propos.md': page('À propos', 'updated: 2015-03-01\n', 'Kiosque est un journal : *indépendant*.'),
    });
    vi.stubEnv('CONTENT_DIR', dir);
    const data = getPaperPage('a-propos')!;
    expect(data.page).toMatchObject({
      slug: 'a-propos',
      name: 'À propos',
      path: '/a-propos',
      description: 'Ce que dit la page À propos.',
      lang: 'fr',
      updated: { iso: '2015-03-01T00:00:00+01:00' },
    });
    expect(readBody(data.page.body)).toBe('<p>Kiosque est un journal\u00A0: <em>indépendant</em>.</p>\n');
    expect(getPaperPage('contact')).toBeUndefined();
    const { model } = siteOf(dir);
    expect(model.sitemapParts().get('pages')).toContainEqual({
      path: '/a-propos',
      lastModified: '2015-03-01T00:00:00+01:00',
    });
    const pages = [...model.pages()].filter((candidate) => candidate.route === 'paper-page');
    expect(pages).toEqual([{ route: 'paper-page', params: { page: 'a-propos' }, address: '/a-propos' }]);
    expect(model.dataOf(pages[0]!)).toEqual(model.paperPage('a-propos'));
  });

  it('is in the footer in the order of the settings, then by title for those that ask', () => {
    vi.stubEnv(
      'CONTENT_DIR',
      contentFolder({
        'site.yml': 'footer: [mentions-legales, a-propos]\n',
        'pages/a-propos.md': page('À propos'),
        'pages/mentions-legales.md': page('Mentions légales'),
        'pages/contact.md': page('Contact', 'footer: true\n'),
        'pages/charte.md': page('Charte', 'footer: true\n'),
        'pages/cachee.md': page('Une page que le pied de page ne montre pas'),
      }),
    );
    expect(getShell().pages).toEqual([
      { name: 'Mentions légales', path: '/mentions-legales', lang: 'fr' },
      { name: 'À propos', path: '/a-propos', lang: 'fr' },
      { name: 'Charte', path: '/charte', lang: 'fr' },
      { name: 'Contact', path: '/contact', lang: 'fr' },
    ]);
  });

  it('points search engines to the paper’s policies, from every page’s NewsMediaOrganization', () => {
    vi.stubEnv(
      'CONTENT_DIR',
      contentFolder({
        'pages/charte.md': page('Charte', 'policy: [publishingPrinciples, ethicsPolicy]\n'),
        'pages/corrections-et-erreurs.md': page('Nos corrections', 'policy: correctionsPolicy\n'),
        'pages/equipe.md': page('L’équipe', 'policy: masthead\n'),
        'pages/ecrire.md': page('Nous écrire', 'policy: actionableFeedbackPolicy\n'),
      }),
    );
    const organization = siteJsonLd()['@graph'].find((node) => JSON.stringify(node).includes('NewsMediaOrganization'));
    expect(organization).toMatchObject({
      publishingPrinciples: 'http://localhost:3000/charte',
      ethicsPolicy: 'http://localhost:3000/charte',
      correctionsPolicy: 'http://localhost:3000/corrections-et-erreurs',
      masthead: 'http://localhost:3000/equipe',
      actionableFeedbackPolicy: 'http://localhost:3000/ecrire',
    });
    expect(organization).not.toHaveProperty('ownershipFundingInfo');
    expect(getShell().policies.correctionsPolicy).toEqual({
      name: 'Nos corrections',
      path: '/corrections-et-erreurs',
      lang: 'fr',
    });
  });

  it('is checked like an article: its fields, its address, its policies, each mistake at its line', () => {
    const { problems } = loadAsEditor(
      contentFolder({
        'site.yml': 'footer: [a-propos, contcat]\n',
        'a.md': articleText('A', '2015-02-16', '') + 'Voir [qui nous sommes](/a-propo) et [la charte](/charte).\n',
        'pages/a-propos.md': page('À propos', 'titre: "Qui sommes-nous"\npolicy: [masthead, correctionPolicy]\n'),
        'pages/contact.md': page('Contact', 'policy: actionableFeedbackPolicy\n'),
        'pages/charte.md': page('Charte', 'policy: actionableFeedbackPolicy\n'),
        'pages/recherche.md': page('Recherche'),
        'pages/index.md': page('Accueil'),
        'pages/À Propos.md': page('À propos'),
        'pages/sans-chapeau.md': '---\ntitle: Sans chapeau\n---\nTexte.\n',
      }),
    );
    expect(problems).toEqual([
      'content/a.md:7:6  link: points to no page of the site; did you mean `/a-propos`? (expected the address of a page of pages/, such as /a-propos, or of an article, found /a-propo)',
      'content/pages/À Propos.md  file name: is not a valid slug: it becomes the page’s address (expected lowercase letters, digits and hyphens, such as a-propos.md, found À Propos.md)',
      'content/pages/a-propos.md:4:1  titre: is not a field of a page; did you mean `title`? (expected one of title, description, lang, updated, footer, policy, found "titre")',
      'content/pages/a-propos.md:5:20  policy: item 2 is not a policy search engines know; did you mean `correctionsPolicy`? (expected one of publishingPrinciples, ethicsPolicy, correctionsPolicy, masthead, actionableFeedbackPolicy, ownershipFundingInfo, diversityPolicy, unnamedSourcesPolicy, verificationFactCheckingPolicy, missionCoveragePrioritiesPolicy, noBylinesPolicy, found "correctionPolicy")',
      'content/pages/contact.md:4:9  policy: actionableFeedbackPolicy is already the page content/pages/charte.md (expected each policy on one page, found actionableFeedbackPolicy)',
      'content/pages/index.md  file name: gives the address /index, which the site uses for its own pages (expected another name than ' +
        [...RESERVED_SEGMENTS].join(', ') +
        ', found index.md)',
      'content/pages/recherche.md  file name: gives the address /recherche, which the site uses for its own pages (expected another name than ' +
        [...RESERVED_SEGMENTS].join(', ') +
        ', found recherche.md)',
      'content/pages/sans-chapeau.md:2:1  warning: description: is missing: it is what search engines show of the page (expected a sentence that says what the page holds)',
      'content/site.yml:1:20  footer: item 2 is not a page of the content folder; did you mean `contact`? (expected the name of a file of pages/, such as a-propos, found "contcat")',
    ]);
  });
});

describe('the addresses a page of the paper may not take', () => {
  it('hold every route of the site and every file at the top of public/', () => {
    const root = process.cwd();
    const routes = (folder: string): string[] =>
      readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
        if (!entry.isDirectory()) return [];
        // A route group, such as (site), adds nothing to the address: its folders are at the top.
        if (/^\(.+\)$/.test(entry.name)) return routes(path.join(folder, entry.name));
        return /^\[.+\]$/.test(entry.name) ? [] : [entry.name.replace(/\..*$/, '')];
      });
    const files = readdirSync(path.join(root, 'public')).map((name) => name.replace(/\..*$/, ''));
    const missing = [...routes('app'), ...files].filter((name) => !RESERVED_SEGMENTS.has(name));
    expect(missing).toEqual([]);
  });
});
