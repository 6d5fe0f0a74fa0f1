import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { typeset, typesetTitle } from '@/lib/text/typography';

/**
 * The seed article as the site reads it: its body against `seed/cisco-french-tech-2015.html`
 * (`UPDATE_FIXTURES=1` rewrites it: review the diff), its title and lead typeset.
 */
const NB = '\u00A0';
const NN = '\u202F';
const content = loadContent('content');
const seed = content.articles.find((article) => article.slug === 'cisco-french-tech-2015')!;
const html = content.bodies.get(seed.body);
const expectedFile = path.join(import.meta.dirname, 'seed', 'cisco-french-tech-2015.html');

describe('the seed article', () => {
  it('renders its body with French typography', () => {
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedFile, html);
    expect(html).toBe(readFileSync(expectedFile, 'utf8'));
    expect(html).toContain(`cette association${NB}:</p>`);
    expect(html).toContain(`en France${NB}: 100${NB}millions${NB}$ dans la <a`);
    expect(html).toContain(`de 200${NN}000${NB}personnes`);
    expect(html).toContain(`«${NN}smart city${NN}»`);
    expect(html).toContain('depuis 1997');
    expect(html).toContain(`licencier 6${NN}000${NB}personnes`);
    expect(html).toContain(`<time datetime="2015-02-16">16${NB}février 2015</time>`);
  });

  it('typesets its title, keeping “start-up” whole, and its lead', () => {
    expect(typesetTitle(seed.title, seed.lang)).toEqual([
      { text: `Cisco va investir 100${NB}millions de dollars dans des `, nowrap: false },
      { text: 'start-up', nowrap: true },
      { text: ' françaises en partenariat avec l’Etat', nowrap: false },
    ]);
    const lead = typeset(seed.description ?? '', seed.lang);
    expect(lead).toContain(`environ 88${NB}millions d’euros`);
    expect(lead).toContain(`«${NN}un travail d’accompagnement de l’innovation numérique${NN}»`);
    expect(lead.endsWith(`plus global${NB}:`)).toBe(true);
  });
});
