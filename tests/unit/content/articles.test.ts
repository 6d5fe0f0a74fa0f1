import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getAllArticles,
  getListingPage,
  getRelatedArticles,
  getSectionsWithArticles,
  getTags,
  lastChange,
} from '@/lib/content/articles';
import { ContentError } from '@/lib/text/diagnostics';
import { articleText, contentFolder } from './temp-content';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('getAllArticles', () => {
  it('in next dev, reads the folder again when a file changes, and only then', () => {
    const dir = contentFolder({ 'a.md': articleText('Premier titre') });
    vi.stubEnv('CONTENT_DIR', dir);
    vi.stubEnv('NODE_ENV', 'development');
    const first = getAllArticles();
    expect(first.map((a) => a.title)).toEqual(['Premier titre']);
    expect(getAllArticles()).toBe(first);

    writeFileSync(path.join(dir, 'a.md'), articleText('Titre corrigé par la rédaction'));
    expect(getAllArticles().map((a) => a.title)).toEqual(['Titre corrigé par la rédaction']);
  });

  it('throws every error at once, and recovers once the file is fixed', () => {
    const dir = contentFolder({
      'a.md': articleText('A', '2015-02-30'),
      'b.md': articleText('B', '2015-02-16', 'titel: "x"\n'),
    });
    vi.stubEnv('CONTENT_DIR', dir);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(getAllArticles).toThrow(ContentError);
    expect(getAllArticles).toThrow(
      /^2 content errors:\n {2}.*a\.md:3:7 {2}date: is not a real day.*\n {2}.*b\.md:5:1 {2}titel: is not a known field/,
    );
    writeFileSync(path.join(dir, 'a.md'), articleText('A'));
    writeFileSync(path.join(dir, 'b.md'), articleText('B'));
    expect(getAllArticles().map((a) => a.title)).toEqual(['A', 'B']);
  });
});

describe('published listings', () => {
  it('pages the published articles, newest first, and leaves drafts and the future out', () => {
    const files: Record<string, string> = {
      'brouillon.md': articleText('Brouillon', '2015-03-01', 'draft: true\ntags: [Secret]\n'),
      'futur.md': articleText('Futur', '2999-01-01', 'tags: [Secret]\n'),
    };
    for (let day = 1; day <= 22; day++)
      files[`jour-${day}.md`] = articleText(
        `Jour ${day}`,
        `2015-01-${String(day).padStart(2, '0')}`,
        'tags: [Janvier]\n',
      );
    vi.stubEnv('CONTENT_DIR', contentFolder(files));

    // Twenty a page (site.pageSize), newest first.
    const first = getListingPage(1);
    expect(first?.pageCount).toBe(2);
    expect(first?.articles.map((a) => a.title)).toEqual(Array.from({ length: 20 }, (_, index) => `Jour ${22 - index}`));
    expect(getListingPage(2)?.articles.map((a) => a.title)).toEqual(['Jour 2', 'Jour 1']);
    expect(getListingPage(3)).toBeUndefined();
    expect(getListingPage(0)).toBeUndefined();
    expect(getTags()).toEqual([{ name: 'Janvier', slug: 'janvier' }]);
    expect(lastChange(first?.articles ?? [])?.iso).toBe('2015-01-22T00:00:00+01:00');
  });
});

describe('the rubriques of the navigation', () => {
  it('are those with a published article, in the site’s order, not a draft’s or a scheduled one’s', () => {
    vi.stubEnv(
      'CONTENT_DIR',
      contentFolder({
        'tech.md': articleText('Tech', '2015-02-16', 'section: Tech\n'),
        'eco.md': articleText('Éco', '2015-02-15', 'section: economie\n'),
        'eco-2.md': articleText('Éco 2', '2015-02-14', 'section: Économie\n'),
        'brouillon.md': articleText('Brouillon', '2015-02-14', 'draft: true\nsection: Politique\n'),
        'futur.md': articleText('Futur', '2999-01-01', 'section: Culture\n'),
      }),
    );
    expect(getSectionsWithArticles()).toEqual([
      { name: 'Économie', slug: 'economie' },
      { name: 'Tech', slug: 'tech' },
    ]);
  });
});

describe('related articles', () => {
  it('are the published articles sharing the most tags, newest first among equals', () => {
    vi.stubEnv(
      'CONTENT_DIR',
      contentFolder({
        'sujet.md': articleText('Sujet', '2015-02-16', 'tags: [Cisco, French Tech, Start-up]\n'),
        'deux-tags.md': articleText('Deux tags', '2015-01-01', 'tags: [Cisco, Start-up]\n'),
        'un-tag-recent.md': articleText('Un tag, récent', '2015-02-10', 'tags: [French Tech]\n'),
        'un-tag-ancien.md': articleText('Un tag, ancien', '2014-06-01', 'tags: [Cisco]\n'),
        'aucun.md': articleText('Aucun tag commun', '2015-02-15', 'tags: [Sport]\n'),
        'brouillon.md': articleText('Brouillon', '2015-02-14', 'draft: true\ntags: [Cisco, French Tech, Start-up]\n'),
      }),
    );
    const subject = getAllArticles().find((a) => a.slug === 'sujet')!;
    expect(getRelatedArticles(subject).map((a) => a.title)).toEqual(['Deux tags', 'Un tag, récent', 'Un tag, ancien']);
    expect(getRelatedArticles(subject, 1).map((a) => a.title)).toEqual(['Deux tags']);
  });
});
