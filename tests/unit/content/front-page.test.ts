import { describe, expect, it } from 'vitest';
import { articleText, contentFolder, loadAsEditor, siteOf } from './temp-content';

const long = (title: string, date: string, extra = '') =>
  articleText(title, date, extra).replace('Texte.', 'Un long texte. '.repeat(100));
const titles = (teasers: { title: string }[]) => teasers.map((teaser) => teaser.title);

describe('the front page', () => {
  const folder = (desk?: string) =>
    contentFolder({
      ...(desk !== undefined && { 'une.yml': desk }),
      'ancien.md': long('Ancien', '2015-01-01', 'section: Politique\n'),
      'eco-1.md': long('Éco 1', '2015-02-01', 'section: Économie\n'),
      'eco-2.md': long('Éco 2', '2015-02-02', 'section: Économie\n'),
      'eco-3.md': long('Éco 3', '2015-02-03', 'section: Économie\n'),
      'eco-4.md': long('Éco 4', '2015-02-04', 'section: Économie\n'),
      'tribune.md': long('Tribune', '2015-02-05', 'type: Tribune\n'),
      'breve-1.md': articleText('Brève 1', '2015-02-06', 'type: Brève\n'),
      'breve-2.md': articleText('Brève 2', '2015-02-07', 'type: brève\n'),
      'brouillon.md': long('Brouillon', '2015-02-08', 'draft: true\n'),
    });

  it('leads with the newest story when the desk chose nothing, then the next ones, briefs apart', () => {
    const page = siteOf(folder()).model.frontPage();
    expect(page.lead?.title).toBe('Tribune');
    expect(titles(page.featured)).toEqual(['Éco 4', 'Éco 3', 'Éco 2']);
    expect(titles(page.briefs)).toEqual(['Brève 2', 'Brève 1']);
    expect(page.sections.map(({ section, teasers }) => [section.name, titles(teasers)])).toEqual([
      ['Économie', ['Éco 1']],
      ['Politique', ['Ancien']],
    ]);
    expect(page.latest).toEqual([]);
  });

  it('leads with what the desk chose, older or not, and runs its stories in its order', () => {
    const { model, problems } = siteOf(folder('lead: ancien\nfeatured: [eco-1.md, /articles/tribune]\n'));
    expect(problems).toEqual([]);
    const page = model.frontPage();
    expect(page.lead?.title).toBe('Ancien');
    expect(titles(page.featured)).toEqual(['Éco 1', 'Tribune', 'Éco 4']);
    // Each story once: the rubrique blocks take what is left of each rubrique, and rubriques with nothing left are out.
    expect(page.sections.map(({ section, teasers }) => [section.name, titles(teasers)])).toEqual([
      ['Économie', ['Éco 3', 'Éco 2']],
    ]);
  });

  it('tells the desk what it cannot follow, with the line: an unknown article, a draft, a story twice', () => {
    const dir = folder('lead: eco-5\nfeatured: [brouillon, eco-1, eco-1]\nsecond: x\n');
    expect(loadAsEditor(dir).problems).toEqual([
      'content/une.yml:1:7  lead: is not an article of the content folder; did you mean `eco-4`? (expected the file name of an article, such as cisco-french-tech-2015, found "eco-5")',
      'content/une.yml:2:12  warning: featured: is not published yet (a draft): the newest articles take its place until it is (found brouillon)',
      'content/une.yml:2:30  warning: featured: is already on the front page above (found eco-1)',
      'content/une.yml:3:1  second: is not a part of the front page (expected lead or featured, found "second")',
    ]);
  });
});
