import { severityOf } from '@/lib/text/problems';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { slugify, tagSlug } from '@/lib/text/slugs';
import { articleText, contentFolder, loadAsEditor } from './temp-content';

afterEach(() => vi.restoreAllMocks());

const article = (date: string, extra = '') => articleText(`Article du ${date}`, date, extra);

describe('loadContent', () => {
  it('loads the real content folder without a single error', () => {
    const { articles, problems } = loadContent('content');
    // Advice is allowed: the seed's lead, the article's whole first paragraph, is long for a lead.
    expect(problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(problems.map((problem) => `${severityOf(problem)} ${problem.ruleId}`)).toEqual(['warning description']);
    expect(articles.map((a) => a.slug)).toContain('cisco-french-tech-2015');
  });

  it('sorts by the moment of publication, not by the text of the date', () => {
    const dir = contentFolder({
      'a.md': article('2015-02-16T09:00:00+01:00'),
      'b.md': article('2015-02-16T08:30:00-05:00'),
      'c.md': article('2015-10-01'),
      'd.md': article('2015-09-30T23:30:00+00:00'),
    });
    expect(loadContent(dir).articles.map((a) => a.slug)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('gives tags a slug and authors a list, with the newsroom by default', () => {
    const dir = contentFolder({
      'a.md': article('2015-02-16', 'tags: [French Tech, L’État]\n'),
      'b.md': article('2015-02-17', 'author: [Anne, Paul]\n'),
    });
    const [b, a] = loadContent(dir).articles;
    expect(a?.tags).toEqual([
      { name: 'French Tech', slug: 'french-tech' },
      { name: 'L’État', slug: 'l-etat' },
    ]);
    expect(a?.authors).toEqual(['La rédaction']);
    expect(b?.authors).toEqual(['Anne', 'Paul']);
  });
});

describe('the publication status', () => {
  it('holds back drafts and articles dated after the moment the site is published at', () => {
    const dir = contentFolder({
      'passe.md': article('2015-02-16T18:00:00+01:00'),
      'brouillon.md': article('2015-02-16T18:00:00+01:00', 'draft: true\n'),
      'programme.md': article('2015-02-17T09:00:00+01:00'),
    });
    const now = new Date('2015-02-17T07:59:59Z');
    const status = loadContent(dir, { at: now }).articles.map((a) => [a.slug, a.status]);
    expect(status).toEqual([
      ['programme', 'scheduled'],
      ['brouillon', 'draft'],
      ['passe', 'published'],
    ]);
  });
});

describe('slugify', () => {
  it('folds accents and ligatures into a URL-safe slug', () => {
    expect(slugify('L’État français')).toBe('l-etat-francais');
    expect(slugify('Œuvre   d’art — 2015 !')).toBe('oeuvre-d-art-2015');
    expect(slugify('مرحبا')).toBe('');
  });
});

describe('tagSlug', () => {
  it('keeps the addresses French tags always had', () => {
    expect(['French Tech', 'Économie', 'L’État', 'Straße', 'İstanbul'].map(tagSlug)).toEqual([
      'french-tech',
      'economie',
      'l-etat',
      'strasse',
      'istanbul',
    ]);
  });

  it('gives tags in any script an address of their letters, with the marks they are spelt with', () => {
    expect(['العربية', 'עברית חדשה', 'Привет мир', 'Ελληνικά', 'हिन्दी', '中文', 'ＡＢＣ'].map(tagSlug)).toEqual([
      'العربية',
      'עברית-חדשה',
      'привет-мир',
      'ελληνικά',
      'हिन्दी',
      '中文',
      'abc',
    ]);
  });
});

describe('tags', () => {
  it('in any script get a page', () => {
    const dir = contentFolder({ 'a.md': article('2015-02-16', 'tags: [العربية, Русский]\n') });
    expect(loadContent(dir).articles[0]?.tags).toEqual([
      { name: 'العربية', slug: 'العربية' },
      { name: 'Русский', slug: 'русский' },
    ]);
  });

  it('are one tag whatever their capitals and accents, named as most articles write them', () => {
    const dir = contentFolder({
      'a.md': article('2015-02-16', 'tags: [Cisco, Économie]\n'),
      'b.md': article('2015-02-17', 'tags: [cisco, economie, "😀"]\n'),
      'c.md': article('2015-02-18', 'tags: [Cisco, Python, python]\n'),
    });
    const { articles, problems } = loadAsEditor(dir);
    expect(problems).toEqual([
      'content/b.md:5:25  tags: has a tag with no letter or digit (expected a word such as Cisco, found "😀")',
    ]);
    expect(articles.map((a) => [a.slug, a.tags.map((tag) => `${tag.name} ${tag.slug}`)])).toEqual([
      ['c', ['Cisco cisco', 'Python python']],
      ['a', ['Cisco cisco', 'Économie economie']],
    ]);
  });

  it('whose letters or symbols differ are different tags: C, C++ and C# get three addresses', () => {
    const dir = contentFolder({
      'a.md': article('2015-02-16', 'tags: [C++, "C#"]\n'),
      'b.md': article('2015-02-17', 'tags: [C, R&D, Canal+]\n'),
    });
    const { articles, problems } = loadAsEditor(dir);
    expect(problems).toEqual([]);
    expect(articles.flatMap((a) => a.tags.map((tag) => tag.slug))).toEqual([
      'c',
      'r-et-d',
      'canal-plus',
      'c-plus-plus',
      'c-sharp',
    ]);
  });

  it('that still share an address are an error at the second met, naming the first, its file and line', () => {
    const dir = contentFolder({
      'a.md': article('2015-02-16', 'tags: [.NET]\n'),
      'b.md': article('2015-02-17', 'tags: [Cisco, Net]\n'),
    });
    expect(loadAsEditor(dir).problems).toEqual([
      'content/b.md:5:15  tags: gives the same address as the tag ".NET" (content/a.md:5) (expected one spelling of a tag, or tags whose addresses differ, found "Net", /tags/net)',
    ]);
  });
});

describe('images in the body', () => {
  it('carry their pixel size from the file in public/, and load lazily', () => {
    const dir = contentFolder({ 'a.md': article('2015-02-16').replace('Texte.', '![Le logo](/logo.png)') });
    const { articles, bodies } = loadContent(dir);
    expect(bodies.get(articles[0]!.body)).toBe(
      '<p><img src="/logo.png" alt="Le logo" width="512" height="512" loading="lazy" decoding="async"></p>\n',
    );
  });
});

describe('the front-matter image', () => {
  it('gets its pixel size from the file in public/', () => {
    const dir = contentFolder({ 'a.md': article('2015-02-16', 'image: { src: /logo.png, alt: "Le logo" }\n') });
    expect(loadContent(dir).articles[0]?.image).toEqual({ src: '/logo.png', alt: 'Le logo', width: 512, height: 512 });
  });

  it('must be an image the site can show', () => {
    const project = contentFolder({});
    mkdirSync(path.join(project, 'public'));
    writeFileSync(path.join(project, 'public', 'notes.txt'), 'pas une image');
    vi.spyOn(process, 'cwd').mockReturnValue(project);
    const dir = contentFolder({ 'a.md': article('2015-02-16', 'image: { src: /notes.txt, alt: "x" }\n') });
    expect(loadContent(dir).problems.map((d) => [d.line, d.ruleId, d.reason, d.expected?.join()])).toEqual([
      [5, 'image', 'is not an image the site can show', 'a JPEG, PNG, WebP, AVIF, GIF or SVG file'],
    ]);
  });
});
