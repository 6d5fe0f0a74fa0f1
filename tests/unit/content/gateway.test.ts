import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getArticlePage, getFrontPage, getListingPage, getSettings, getShell } from '@/lib/content';
import { ContentError } from '@/lib/text/problems';
import { articleText, contentFolder } from './temp-content';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const titles = (teasers: { title: string }[] | undefined) => teasers?.map((teaser) => teaser.title);

describe('the content gateway', () => {
  it('in next dev, reads the folder again when a file changes, and only then', () => {
    const dir = contentFolder({ 'a.md': articleText('Premier titre') });
    vi.stubEnv('CONTENT_DIR', dir);
    vi.stubEnv('NODE_ENV', 'development');
    const first = getSettings();
    expect(getArticlePage('a')?.article.title).toBe('Premier titre');
    expect(getSettings()).toBe(first);

    writeFileSync(path.join(dir, 'a.md'), articleText('Titre corrigé par la rédaction'));
    expect(getArticlePage('a')?.article.title).toBe('Titre corrigé par la rédaction');
  });

  it('throws every error at once, and recovers once the file is fixed', () => {
    const dir = contentFolder({
      'a.md': articleText('A', '2015-02-30'),
      'b.md': articleText('B', '2015-02-16', 'titel: "x"\n'),
    });
    vi.stubEnv('CONTENT_DIR', dir);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(getFrontPage).toThrow(ContentError);
    expect(getFrontPage).toThrow(
      /^2 content errors:\n {2}.*a\.md:3:7 {2}date: is not a real day.*\n {2}.*b\.md:5:1 {2}titel: is not a known field/,
    );
    writeFileSync(path.join(dir, 'a.md'), articleText('A'));
    writeFileSync(path.join(dir, 'b.md'), articleText('B'));
    const { lead, featured, briefs, latest } = getFrontPage();
    expect(titles([...(lead ? [lead] : []), ...featured, ...briefs, ...latest])?.sort()).toEqual(['A', 'B']);
  });

  it('hands pages what they show: precomputed authors, reading time and status, no draft and no future', () => {
    const files: Record<string, string> = {
      'site.yml': 'pageSize: 5\nsections: [Économie, Culture]\n',
      'brouillon.md': articleText('Brouillon', '2015-03-01', 'draft: true\ntags: [Janvier]\n'),
      'futur.md': articleText('Futur', '2999-01-01', 'tags: [Janvier]\n'),
    };
    for (let day = 1; day <= 22; day++)
      files[`jour-${day}.md`] = articleText(
        `Jour ${day}`,
        `2015-01-${String(day).padStart(2, '0')}`,
        `tags: [Janvier]\nauthor: [Anne Martin, "***"]\nsection: Économie\n`,
      );
    vi.stubEnv('CONTENT_DIR', contentFolder(files));

    const first = getListingPage({ kind: 'tag', slug: 'janvier' });
    expect(titles(first?.teasers)).toEqual(Array.from({ length: 7 }, (_, index) => `Jour ${22 - index}`));
    expect(first).toMatchObject({ path: '/tags/janvier', older: '/tags/janvier/page/3' });
    expect(first?.newer).toBeUndefined();
    const oldest = getListingPage({ kind: 'tag', slug: 'janvier' }, 1);
    expect(titles(oldest?.teasers)).toEqual(['Jour 5', 'Jour 4', 'Jour 3', 'Jour 2', 'Jour 1']);
    expect(oldest).toMatchObject({ page: 1, newer: '/tags/janvier/page/2' });
    expect(oldest?.older).toBeUndefined();
    expect(oldest?.span?.from.iso).toBe('2015-01-01T00:00:00+01:00');
    expect(getListingPage({ kind: 'tag', slug: 'janvier' }, 3)?.newer).toBe('/tags/janvier');
    expect(getListingPage({ kind: 'tag', slug: 'janvier' }, 4)).toBeUndefined();

    const { article } = getArticlePage('jour-3')!;
    expect(article.authors).toEqual([{ name: 'Anne Martin', path: '/auteurs/anne-martin' }, { name: '***' }]);
    expect(article).toMatchObject({ readingMinutes: 1, status: 'published', kicker: { path: '/rubriques/economie' } });
    expect(getArticlePage('brouillon')).toBeUndefined();
    expect(getArticlePage('futur')).toBeUndefined();
    // Only rubriques with articles are in the navigation.
    expect(getShell().sections.map((section) => section.name)).toEqual(['Économie']);
  });

  it('suggests the published articles sharing the most tags, newest first among equals', () => {
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
    expect(titles(getArticlePage('sujet')?.related)).toEqual(['Deux tags', 'Un tag, récent', 'Un tag, ancien']);
  });
});
