import { afterEach, describe, expect, it, vi } from 'vitest';
import { changedAt, getArticlePage, getFeed } from '@/lib/content';
import { atom, jsonFeed11, rss } from '@/lib/feeds';
import { articleMetadata } from '@/lib/seo';
import { newsArticleJsonLd } from '@/lib/structured-data';
import { articleText, contentFolder, loadAsEditor, siteOf } from './temp-content';

afterEach(() => vi.unstubAllEnvs());

const CORRECTED = articleText(
  'Corrigé',
  '2015-02-16T18:00:00+01:00',
  [
    'dateline: PARIS',
    'corrections:',
    '  - date: 2015-02-18T09:00:00+01:00',
    '    text: "Le montant était de 100 millions de dollars, non d’euros."',
    '  - date: 2015-02-17T10:00:00+01:00',
    '    text: "Le prénom de la ministre était mal orthographié."',
    '',
  ].join('\n'),
);

function corrected() {
  vi.stubEnv('CONTENT_DIR', contentFolder({ 'corrige.md': CORRECTED }));
  return getArticlePage('corrige')!.article;
}

describe('corrections in the front matter', () => {
  it('are dated and listed oldest first, and the article changed at the latest', () => {
    const article = corrected();
    expect(article.corrections.map(({ date, text }) => [date.iso, text])).toEqual([
      ['2015-02-17T10:00:00+01:00', 'Le prénom de la ministre était mal orthographié.'],
      ['2015-02-18T09:00:00+01:00', 'Le montant était de 100 millions de dollars, non d’euros.'],
    ]);
    expect(changedAt(article).iso).toBe('2015-02-18T09:00:00+01:00');
    expect(articleMetadata(article).openGraph).toMatchObject({
      publishedTime: '2015-02-16T18:00:00+01:00',
      modifiedTime: '2015-02-18T09:00:00+01:00',
    });
  });

  it('each want a date after the publication and a text, told at their own line, a misspelt field with a suggestion', () => {
    const { problems } = loadAsEditor(
      contentFolder({
        'a.md': articleText(
          'A',
          '2015-02-16',
          'corrections:\n  - date: 2015-02-15\n    text: "Avant."\n  - { date: 2015-02-17, txt: "Faute." }\n',
        ),
        'b.md': articleText('B', '2015-02-16', 'correction: [{ date: 2015-02-17, text: "x" }]\n'),
        'c.md': articleText('C', '2015-02-16', 'corrections: "Une faute"\n'),
      }),
    );
    expect(problems).toEqual([
      'content/a.md:6:11  corrections.date: is before the publication date: a correction comes after the article (expected a moment after 2015-02-16T00:00:00+01:00, found 2015-02-15T00:00:00+01:00)',
      'content/a.md:8:5  corrections.text: is required (expected a value, found nothing)',
      'content/a.md:8:25  corrections.txt: is not a part of a correction; did you mean `text`? (expected date or text, found "txt")',
      'content/b.md:5:1  correction: is not a known field; did you mean `corrections`? (expected one of title, date, description, author, tags, lang, updated, draft, image, section, type, corrections, dateline, found "correction")',
      'content/c.md:5:14  corrections: must be a list (expected a list such as [{ date: 2015-02-17, text: "…" }], found "Une faute")',
    ]);
  });

  it('are told to search engines: CorrectionComment, dateModified, and the dateline', () => {
    expect(newsArticleJsonLd(corrected())).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2015-02-16T18:00:00+01:00',
      dateModified: '2015-02-18T09:00:00+01:00',
      dateline: 'PARIS',
      correction: [
        {
          '@type': 'CorrectionComment',
          text: 'Le prénom de la ministre était mal orthographié.',
          datePublished: '2015-02-17T10:00:00+01:00',
        },
        { '@type': 'CorrectionComment', datePublished: '2015-02-18T09:00:00+01:00' },
      ],
    });
  });

  it('update the feeds’ item: its date, and its content ends with them', () => {
    corrected();
    const feed = getFeed();
    expect(rss(feed)).toContain('<pubDate>Wed, 18 Feb 2015 08:00:00 GMT</pubDate>');
    expect(atom(feed)).toContain('<updated>2015-02-18T08:00:00.000Z</updated>');
    const [item] = JSON.parse(jsonFeed11(feed)).items;
    expect(item.date_modified).toBe('2015-02-18T09:00:00+01:00');
    expect(item.content_html).toMatch(
      /<h2>Corrections<\/h2>\n<ul><li>17\u00A0février 2015\u00A0— Le prénom de la ministre était mal orthographié\.<\/li><li>18\u00A0février 2015\u00A0— Le montant/,
    );
  });
});

describe('a dateline', () => {
  it('opens the first paragraph of the body', () => {
    expect(corrected().dateline).toBe('PARIS');
    vi.stubEnv('CONTENT_DIR', contentFolder({ 'corrige.md': CORRECTED }));
    const [item] = JSON.parse(jsonFeed11(getFeed())).items;
    expect(item.content_html).toMatch(/^<p><span class="dateline">PARIS<\/span>\u00A0— Texte\.<\/p>/);
  });

  it('names a place, briefly', () => {
    const long = 'SAINT-REMY-EN-BOUZEMONT-SAINT-GENEST-ET-ISSON, MARNE';
    const { problems } = loadAsEditor(
      contentFolder({ 'a.md': articleText('A', '2015-02-16', `dateline: "${long}"\n`) }),
    );
    expect(problems).toEqual([
      `content/a.md:5:11  dateline: is long for a dateline, which names the place the story was filed from (expected a place of at most 40 characters, such as PARIS, found "${long}")`,
    ]);
  });
});

describe('the site’s list of corrections', () => {
  /** Twelve articles, one a day of January 2015, each corrected the next day at noon; and one never corrected. */
  function site() {
    const files: Record<string, string> = { 'site.yml': 'pageSize: 5\n', 'juste.md': articleText('Juste') };
    for (let day = 1; day <= 12; day++) {
      const date = (d: number) => `2015-01-${String(d).padStart(2, '0')}`;
      files[`jour-${day}.md`] = articleText(
        `Jour ${day}`,
        date(day),
        `corrections: [{ date: "${date(day + 1)}T12:00:00+01:00", text: "Correction du jour ${day}." }]\n`,
      );
    }
    return siteOf(contentFolder(files), new Date('2015-06-01T00:00:00Z')).model;
  }

  it('lists every correction newest first, each under its article, archive pages numbered from the oldest', () => {
    const model = site();
    const first = model.correctionsPage()!;
    expect(first.corrections.map((entry) => [entry.article.title, entry.text, entry.date.iso])).toEqual(
      [12, 11, 10, 9, 8, 7, 6].map((day) => [
        `Jour ${day}`,
        `Correction du jour ${day}.`,
        `2015-01-${String(day + 1).padStart(2, '0')}T12:00:00+01:00`,
      ]),
    );
    expect(first).toMatchObject({ path: '/corrections', older: '/corrections/page/1' });
    expect(first.newer).toBeUndefined();
    const archive = model.correctionsPage(1)!;
    expect(archive.corrections.map((entry) => entry.text)).toEqual(
      [5, 4, 3, 2, 1].map((day) => `Correction du jour ${day}.`),
    );
    expect(archive).toMatchObject({ page: 1, path: '/corrections/page/1', newer: '/corrections' });
    expect(archive.span?.from.iso).toBe('2015-01-02T12:00:00+01:00');
    expect(model.correctionsPage(2)).toBeUndefined();
  });

  it('is in the sitemap, dated by its newest correction, and its archive pages are pages a build renders', () => {
    const model = site();
    const parts = model.sitemapParts();
    expect(parts.get('pages')).toContainEqual({ path: '/corrections', lastModified: '2015-01-13T12:00:00+01:00' });
    expect(parts.get('2015-01')).toContainEqual({
      path: '/corrections/page/1',
      lastModified: '2015-01-06T12:00:00+01:00',
    });
    const archives = [...model.pages()].filter((page) => page.route === 'corrections-archive');
    expect(archives.map((page) => [page.address, page.params])).toEqual([['/corrections/page/1', { page: '1' }]]);
    expect(model.dataOf(archives[0]!)).toEqual(model.correctionsPage(1));
  });

  it('says there is none on a site that corrected nothing', () => {
    const { model } = siteOf(contentFolder({ 'juste.md': articleText('Juste') }));
    expect(model.correctionsPage()).toMatchObject({ path: '/corrections', corrections: [] });
    expect(model.sitemapParts().get('pages')).toContainEqual({ path: '/corrections' });
  });
});
