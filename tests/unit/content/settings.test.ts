import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { defaultSettings, LOCAL_URL, parseSettings } from '@/lib/content/settings';
import { formatProblem } from '@/lib/text/problems';
import { articleText, contentFolder, loadAsEditor } from './temp-content';

afterEach(() => vi.unstubAllEnvs());

/** The problems of a site.yml holding `text`, as the editor reads them. */
const problemsOf = (text: string, env: Record<string, string> = {}) =>
  parseSettings(text, 'content/site.yml', env).problems.map(formatProblem);

describe('the site settings (content/site.yml)', () => {
  it('are the defaults when the folder has no site.yml, and the committed file says the same', () => {
    const committed = loadContent('content').settings;
    expect({ ...committed, url: LOCAL_URL, publicUrl: false }).toEqual(defaultSettings({}));
    expect(loadContent(contentFolder({ 'a.md': articleText('A') })).settings.name).toBe('Kiosque');
  });

  it('rename a rubrique, the tagline or the page size with one edit', () => {
    const dir = contentFolder({
      'site.yml': 'tagline: Le journal du soir\nsections: [Économie, Sciences]\npageSize: 12\n',
      'a.md': articleText('A', '2015-02-16', 'section: sciences\n'),
    });
    const { settings, articles, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    expect(settings.tagline).toBe('Le journal du soir');
    expect(settings.sections).toEqual([
      { name: 'Économie', slug: 'economie' },
      { name: 'Sciences', slug: 'sciences' },
    ]);
    expect(settings.pageSize).toBe(12);
    expect(articles[0]?.section).toEqual({ name: 'Sciences', slug: 'sciences' });
  });

  it('report every mistake with its line, the field, what was expected and found, and a suggestion', () => {
    expect(
      problemsOf(
        [
          'nom: Le Quotidien',
          'sections: [Économie, economie, "!!"]',
          'pageSize: 0',
          'contact: la rédaction',
          'url: ftp://journal.example',
          'footer: a-propos',
          'lang: FR',
          '__proto__: { polluted: true }',
        ].join('\n'),
      ),
    ).toEqual([
      'content/site.yml:1:1  nom: is not a setting of the site; did you mean `name`? (expected one of name, tagline, description, url, lang, newsroom, contact, sections, types, footer, pageSize, feedSize, found "nom")',
      'content/site.yml:2:22  sections: item 2 gives the same address as `Économie` (expected rubriques with distinct names, found "economie")',
      'content/site.yml:2:32  sections: item 3 has no letter or digit (expected rubriques with distinct names, found "!!")',
      'content/site.yml:3:11  pageSize: is not a number the site can use (expected a whole number from 5 to 100, found number 0)',
      'content/site.yml:4:10  contact: is not an e-mail address (expected an address such as redaction@journal.example, found "la rédaction")',
      'content/site.yml:5:6  url: is not a web address the site can be published at (expected an address such as https://journal.example, with https:// and no ? or #, found "ftp://journal.example")',
      'content/site.yml:6:9  footer: must be a list (expected a list of pages such as [a-propos, contact], found "a-propos")',
      'content/site.yml:7:7  lang: is not written the standard way; did you mean `fr`? (expected a code such as fr or en, found "FR")',
      'content/site.yml:8:1  __proto__: is not a setting of the site (expected one of name, tagline, description, url, lang, newsroom, contact, sections, types, footer, pageSize, feedSize, found "__proto__")',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stop the build like an article’s mistakes, and name the file in the content folder', () => {
    const dir = contentFolder({ 'site.yml': 'feedSize: many\n', 'a.md': articleText('A') });
    expect(loadAsEditor(dir).problems).toEqual([
      'content/site.yml:1:11  feedSize: is not a number the site can use (expected a whole number from 1 to 500, found "many")',
    ]);
  });

  it('take the public address from SITE_URL first, then url:, and know when it is only this machine', () => {
    expect(parseSettings('url: https://journal.example/', 'site.yml', {}).settings).toMatchObject({
      url: 'https://journal.example',
      publicUrl: true,
    });
    expect(
      parseSettings('url: https://journal.example', 'site.yml', { SITE_URL: 'https://www.journal.example' }).settings
        .url,
    ).toBe('https://www.journal.example');
    expect(parseSettings(undefined, 'site.yml', {}).settings).toMatchObject({ url: LOCAL_URL, publicUrl: false });
    expect(parseSettings(undefined, 'site.yml', { SITE_URL: 'http://127.0.0.1:4000' }).settings.publicUrl).toBe(false);
    expect(problemsOf('name: X', { SITE_URL: 'journal.example' })).toEqual([
      'SITE_URL  SITE_URL: is not a web address the site can be published at (expected an address such as https://journal.example, found "journal.example")',
    ]);
  });
});
