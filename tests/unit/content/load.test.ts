import { severityOf } from '@/lib/text/problems';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { slugify, tagSlug } from '@/lib/text/slugs';
import { articleText, contentFolder, loadAsEditor, photo } from './temp-content';

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

describe('photos in the body', () => {
  it('become a picture of the derived files, at the size it shows, loading lazily', async () => {
    const dir = contentFolder({
      'a.md': article('2015-02-16').replace('Texte.', '![Le port](/images/port.jpg)'),
      'images/port.jpg': await photo(1600, 1000),
    });
    const { articles, bodies, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    const sizes = 'sizes="(min-width: 42rem) 40rem, calc(100vw - 2rem)"';
    const srcset = (ext: string) => [480, 800, 1200, 1600].map((w) => `/media/port-#-${w}.${ext} ${w}w`).join(', ');
    expect(bodies.get(articles[0]!.body).replace(/port-\w{10}-/g, 'port-#-')).toBe(
      `<p><picture><source type="image/avif" srcset="${srcset('avif')}" ${sizes}>` +
        `<source type="image/webp" srcset="${srcset('webp')}" ${sizes}>` +
        `<img src="/media/port-#-1200.jpg" srcset="${srcset('jpg')}" ${sizes} width="1200" height="750" alt="Le port" loading="lazy" decoding="async">` +
        '</picture></p>\n',
    );
    expect(articles[0]!.photos.map((source) => [source.path, source.info.width, source.lead])).toEqual([
      ['/images/port.jpg', 1600, undefined],
    ]);
  });
});

describe('the front-matter photo', () => {
  it('gets its displayed size, its picture, its thumbnail and its share crops', async () => {
    const dir = contentFolder({
      'a.md': article('2015-02-16', 'image: { src: /images/une.jpg, alt: "La une", focus: "30% 40%" }\n'),
      'images/une.jpg': await photo(2400, 1600),
    });
    const image = loadContent(dir).articles[0]!.image!;
    expect([image.src, image.alt, image.width, image.height]).toEqual(['/images/une.jpg', 'La une', 2400, 1600]);
    expect([image.picture.width, image.thumb.width, image.thumb.height]).toEqual([1200, 400, 267]);
    expect(image.social.openGraph).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    expect(image.social.structured.map((crop) => [crop.width, crop.height])).toEqual([
      [1200, 675],
      [1200, 900],
      [1200, 1200],
    ]);
  });

  it('warns when it is too narrow for the share crops search engines ask for', async () => {
    const dir = contentFolder({
      'a.md': article('2015-02-16', 'image: { src: /images/petite.jpg, alt: "x" }\n'),
      'images/petite.jpg': await photo(800, 500),
    });
    expect(loadAsEditor(dir).problems).toEqual([
      'content/a.md:5:15  warning: image: /images/petite.jpg is narrower than search engines and social networks show large (expected a photo at least 1200 px wide, found 800 px)',
    ]);
  });

  it('must be an image the site can show, named for what it is', () => {
    const dir = contentFolder({
      'a.md': article('2015-02-16', 'image: { src: /images/notes.jpg, alt: "x" }\n'),
      'images/notes.jpg': 'pas une image',
    });
    expect(loadAsEditor(dir).problems).toEqual([
      'content/a.md:5:15  image: /images/notes.jpg is not an image (expected a JPEG image, as its name .jpg says, found plain text)',
    ]);
  });
});
