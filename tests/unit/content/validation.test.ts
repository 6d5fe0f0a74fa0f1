import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem, severityOf } from '@/lib/text/problems';
import { contentFolder, loadAsEditor, photo, VALID_FRONT_MATTER } from './temp-content';

/** A photo of the content folder's images/, for the articles that show one. */
let logo: Buffer;
beforeAll(async () => {
  logo = await photo(1600, 1000);
});

/** Every message as the editor reads it, with the temp folder shown as `content/`. */
function problemsIn(files: Record<string, string | Buffer>): string[] {
  return loadAsEditor(contentFolder(files)).problems;
}

describe('front matter errors name the file, the line, the field, what was expected and found', () => {
  it('reports YAML that does not parse, with its line', () => {
    expect(problemsIn({ 'a.md': '---\ntitle: "Un titre\ndate: 2015-02-16\n---\nTexte.\n' })).toEqual([
      'content/a.md:2:1  title: YAML does not parse: Missing closing "quote',
    ]);
  });

  it('reports the same broken YAML every time it is read, never a cached empty result', () => {
    const broken = '---\ntitle: "Un titre\ndate: 2015-02-16\n---\nTexte.\n';
    const expected = 'YAML does not parse: Missing closing "quote';
    expect(problemsIn({ 'a.md': broken, 'b.md': broken })).toEqual([
      `content/a.md:2:1  title: ${expected}`,
      `content/b.md:2:1  title: ${expected}`,
    ]);
    expect(problemsIn({ 'a.md': broken })).toEqual([`content/a.md:2:1  title: ${expected}`]);
  });

  it('reports a missing title and an empty one', () => {
    expect(
      problemsIn({
        'a.md': '---\ndate: 2015-02-16\ndescription: "x"\n---\n',
        'b.md': '---\ntitle: "  "\ndate: 2015-02-16\ndescription: "x"\n---\n',
      }),
    ).toEqual([
      'content/a.md:2:1  title: is required (expected a value, found nothing)',
      'content/b.md:2:8  title: is empty (expected text in quotes, found "  ")',
    ]);
  });

  it('reports impossible dates that YAML would roll over', () => {
    expect(
      problemsIn({
        'a.md': '---\ntitle: "T"\ndescription: "x"\ndate: 2015-02-30\n---\n',
        'b.md': '---\ntitle: "T"\ndescription: "x"\ndate: 2024-13-45T10:00:00+01:00\n---\n',
      }),
    ).toEqual([
      'content/a.md:4:7  date: is not a real day: February 2015 has 28 days (expected an ISO 8601 date such as 2015-02-16 or 2015-02-16T18:00:00+01:00, found "2015-02-30")',
      'content/b.md:4:7  date: has no month 13 (expected an ISO 8601 date such as 2015-02-16 or 2015-02-16T18:00:00+01:00, found "2024-13-45T10:00:00+01:00")',
    ]);
  });

  it('reports wrong types, unknown fields with a suggestion, and updated before date, all at once', () => {
    expect(
      problemsIn({
        'a.md':
          '---\ntitel: "T"\ndate: 2015-02-16\nupdated: 2015-02-15\ntags: foo\ndraft: "yes"\ndescription: 2024\n---\n',
      }),
    ).toEqual([
      'content/a.md:2:1  title: is required (expected a value, found nothing)',
      'content/a.md:2:1  titel: is not a known field; did you mean `title`? (expected one of title, date, description, author, tags, lang, updated, draft, image, section, type, corrections, dateline, found "titel")',
      'content/a.md:4:10  updated: is before the publication date (expected a moment after 2015-02-16T00:00:00+01:00, found "2015-02-15T00:00:00+01:00")',
      'content/a.md:5:7  tags: must be a list (expected a list such as [Cisco, French Tech], found "foo")',
      'content/a.md:6:8  draft: has the wrong type (expected true or false, found "yes")',
      'content/a.md:7:14  description: has the wrong type (expected text in quotes, found number 2024)',
    ]);
  });

  it('warns about a time without a zone and a missing description, without failing', () => {
    const dir = contentFolder({ 'a.md': '---\ntitle: "T"\ndate: 2015-07-01T10:00:00\n---\nTexte.\n' });
    const { articles, problems } = loadContent(dir);
    expect(articles.map((a) => a.date.iso)).toEqual(['2015-07-01T10:00:00+02:00']);
    expect(problems.map((d) => [severityOf(d), d.ruleId, d.line])).toEqual([
      ['warning', 'description', 2],
      ['warning', 'date', 3],
    ]);
  });

  it('warns about a lead past 300 characters, counted as readers see them, and publishes the article', () => {
    const lead = (length: number) => 'é'.repeat(length);
    const dir = contentFolder({
      'juste.md': `---\ntitle: "T"\ndate: 2015-02-16\ndescription: "${lead(300)}"\n---\nTexte.\n`,
      'long.md': `---\ntitle: "T"\ndate: 2015-02-16\ndescription: "${lead(301)}"\n---\nTexte.\n`,
    });
    const { articles, problems } = loadAsEditor(dir);
    expect(articles.map((a) => a.slug).sort()).toEqual(['juste', 'long']);
    expect(problems).toEqual([
      'content/long.md:4:14  warning: description: is long for a lead, which reads in two or three lines under the title (expected at most 300 characters, found 301 characters)',
    ]);
  });

  it('refuses JavaScript front matter without running it', () => {
    const marker = '__kiosque_front_matter_ran__';
    const problems = problemsIn({ 'a.md': `---js\n{ title: (globalThis.${marker} = true, "T") }\n---\n` });
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(problems).toEqual([
      'content/a.md:1:1  front matter: only YAML front matter is accepted; nothing in it is ever run (expected ---, found "---js")',
    ]);
  });

  it('reports a front matter that is missing, not closed, or not on the first line', () => {
    expect(
      problemsIn({ 'a.md': 'Juste du texte.\n', 'b.md': '---\ntitle: "T"\n', 'c.md': '\n---\ntitle: "T"\n---\n' }),
    ).toEqual([
      'content/a.md:1:1  front matter: is missing (expected a block of fields between two --- lines at the top of the file, found "Juste du texte.")',
      'content/b.md:2:1  front matter: is not closed (expected a line with --- after the last field, found the end of the file)',
      'content/c.md:1:1  front matter: a blank line comes before the opening ---; the file must start with it (expected --- on line 1, found --- on line 2)',
    ]);
  });

  it('reports body errors at the file’s own line numbers', () => {
    const body =
      'Un paragraphe.\n\n<iframe src="https://example.com"></iframe>\n\n:::tweet{name="X" date="2015-02-16"}\nTexte\n:::\n';
    expect(problemsIn({ 'a.md': VALID_FRONT_MATTER + '\n' + body })).toEqual([
      'content/a.md:9:1  raw HTML: is not rendered; write it in Markdown instead (expected Markdown, a :::quote or a :::tweet block, found <iframe src="https://example.com"></iframe>)',
      'content/a.md:11:1  :::tweet: is missing handle (expected :::tweet{name="…" handle="…" date="YYYY-MM-DD"}, found {name="X" date="2015-02-16"})',
    ]);
  });

  it('reports file names that are not slugs, and slugs that collide', () => {
    expect(problemsIn({ 'Mon Article.md': VALID_FRONT_MATTER, 'mon-article.md': VALID_FRONT_MATTER })).toEqual([
      'content/Mon Article.md  file name: is not a valid slug: it becomes the article’s address (expected lowercase letters, digits and hyphens, such as mon-article.md, found Mon Article.md)',
      'content/mon-article.md  file name: gives the same address as content/Mon Article.md (expected one file per address, found content/Mon Article.md and content/mon-article.md)',
    ]);
  });

  it('accepts a byte-order mark and CRLF line endings, refuses text that is not UTF-8', () => {
    const crlf = '\uFEFF' + VALID_FRONT_MATTER.replace(/\n/g, '\r\n') + '\r\nÉté.\r\n';
    const latin1 = Buffer.from(VALID_FRONT_MATTER + '\nÉté\n', 'latin1');
    const dir = contentFolder({ 'ok.md': crlf, 'latin.md': latin1 });
    const { articles, problems, bodies } = loadContent(dir);
    expect(articles.map((a) => [a.slug, a.title, bodies.get(a.body)])).toEqual([['ok', 'Un titre', '<p>Été.</p>\n']]);
    expect(problems.map((d) => formatProblem(d).replace(dir, 'content'))).toEqual([
      'content/latin.md:7:1  encoding: the file is not UTF-8 text (expected a file saved as UTF-8, found bytes of another encoding (Latin-1 or Windows-1252?))',
    ]);
  });

  it('checks that links lead to an article and photos to a file of images/', () => {
    const body =
      '[Un autre](/articles/inexistant), [le brouillon](/articles/brouillon), [la une](/).\n\n![Le logo](/images/logo.jpg) ![Absente](/images/absente.jpg)\n';
    expect(
      problemsIn({
        'a.md': VALID_FRONT_MATTER + '\n' + body,
        'brouillon.md': VALID_FRONT_MATTER.replace('---\n', '---\ndraft: true\n'),
        'images/logo.jpg': logo,
      }),
    ).toEqual([
      'content/a.md:7:1  link: points to no article (expected the address of an article in the content folder, found /articles/inexistant)',
      'content/a.md:7:35  warning: link: points to an article that is not published yet (a draft) (found /articles/brouillon)',
      'content/a.md:9:30  image: /images/absente.jpg points to no file (expected an image file at that path, found no such file)',
    ]);
  });

  it('checks reference-style links and images exactly as the inline ones', () => {
    const body = [
      '[Un autre][absent], ![Une image distante][distante], ![][logo] et ![Absente][absente].',
      '',
      '[absent]: /articles/nexiste-pas',
      '[distante]: //evil.example/x.png',
      '[logo]: /images/logo.jpg',
      '[absente]: /images/absente.jpg',
    ].join('\n');
    expect(problemsIn({ 'a.md': VALID_FRONT_MATTER + '\n' + body, 'images/logo.jpg': logo })).toEqual([
      'content/a.md:7:1  link: points to no article (expected the address of an article in the content folder, found /articles/nexiste-pas)',
      'content/a.md:7:21  image: must be a file of the site, not a remote address (expected a photo of the content folder such as /images/photo.jpg, found //evil.example/x.png)',
      'content/a.md:7:54  image: has no alternative text (expected ![what the image shows](…), found ![](/images/logo.jpg))',
      'content/a.md:7:67  image: /images/absente.jpg points to no file (expected an image file at that path, found no such file)',
    ]);
  });

  it('checks the front-matter photo: a file of images/ with its description', () => {
    const frontMatter = (image: string) => VALID_FRONT_MATTER.replace('---\n', `---\nimage: ${image}\n`);
    expect(
      problemsIn({
        'a.md': frontMatter('{ src: /images/une.jpg, alt: "La une" }'),
        'b.md': frontMatter('{ src: /images/logo.jpg }'),
        'c.md': frontMatter('{ src: /images/logo.jpg, alt: "Logo" }'),
        'd.md': frontMatter('{ src: /logo.png, alt: "Logo" }'),
        'images/logo.jpg': logo,
      }),
    ).toEqual([
      'content/a.md:2:15  image: /images/une.jpg points to no file (expected an image file at that path, found no such file)',
      'content/b.md:2:8  image.alt: is missing: describe the image for readers who cannot see it (expected text, found nothing)',
      "content/d.md:2:15  image: /logo.png is not in the content folder's images/ (expected a photo of the content folder's images/, such as /images/photo.jpg)",
    ]);
  });
});

describe('the front-matter contract refuses what would publish wrong', () => {
  const withField = (field: string) => VALID_FRONT_MATTER.replace('---\n', `---\n${field}\n`) + '\nTexte.\n';

  it('wants canonical language codes, and suggests the canonical form', () => {
    const tweet = '\n:::tweet{name="A" handle="a" date="2015-02-16"}\nTexte\n:::\n';
    expect(
      problemsIn({
        'a.md': withField('lang: en-US-US') + tweet,
        'b.md': withField('lang: en-us'),
        'c.md': withField('lang: EN'),
        'd.md': withField('lang: fr_FR'),
        'ok.md': withField('lang: fr-CA') + tweet,
      }),
    ).toEqual([
      'content/a.md:2:7  lang: is not a language code (expected a code such as fr or en, found "en-US-US")',
      'content/b.md:2:7  lang: is not written the standard way; did you mean `en-US`? (expected a code such as fr or en, found "en-us")',
      'content/c.md:2:7  lang: is not written the standard way; did you mean `en`? (expected a code such as fr or en, found "EN")',
      'content/d.md:2:7  lang: is not a language code (expected a code such as fr or en, found "fr_FR")',
    ]);
  });

  it('wants years from 1900 to 2999, where YAML and Date.UTC would publish 0099 as 1999', () => {
    expect(problemsIn({ 'a.md': VALID_FRONT_MATTER.replace('2015-02-16T18:00:00+01:00', '0099-06-01') })).toEqual([
      'content/a.md:3:7  date: has the year 0099, not one from 1900 to 2999 (expected an ISO 8601 date such as 2015-02-16 or 2015-02-16T18:00:00+01:00, found "0099-06-01")',
    ]);
  });

  it('refuses control characters in text, written raw or as YAML escapes, and keeps tabs and line breaks', () => {
    expect(
      problemsIn({
        'a.md': VALID_FRONT_MATTER.replace('"Un titre"', '"Un \\x07 titre"'),
        'b.md': VALID_FRONT_MATTER.replace('"Un titre"', '"Un \\0 titre"'),
        'c.md': VALID_FRONT_MATTER.replace('"Un titre"', '"Un \u001b[31m titre"'),
        'd.md': withField('tags: [Cisco, "French\\u0085Tech"]'),
        'e.md': withField('author: "\\uD800"'),
        'ok.md': VALID_FRONT_MATTER.replace('"Le chapeau."', '"Le\\tchapeau,\\nsur deux lignes."'),
      }),
    ).toEqual([
      'content/a.md:2:8  title: contains a control character (expected printable text, found U+0007)',
      'content/b.md:2:8  title: contains a control character (expected printable text, found U+0000)',
      'content/c.md:2:8  title: contains a control character (expected printable text, found U+001B)',
      'content/d.md:2:15  tags: item 2 contains a control character (expected printable text, found U+0085)',
      'content/e.md:2:9  author: contains a control character (expected printable text, found U+D800)',
    ]);
  });

  it('refuses YAML tags other than the core schema’s, naming the field and the line', () => {
    expect(
      problemsIn({
        'a.md': VALID_FRONT_MATTER.replace('"Un titre"', '!!js/function "function () { return 1 }"'),
        'b.md': withField('tags: [!!js/regexp /x/]'),
        'c.md': VALID_FRONT_MATTER.replace('"Le chapeau."', '!foo "x"'),
        'd.md': withField('image: { src: !!binary aGk=, alt: "x" }'),
        'ok.md': VALID_FRONT_MATTER.replace('"Un titre"', '!!str 2024'),
      }),
    ).toEqual([
      'content/a.md:2:8  title: has a YAML tag, which front matter does not accept (expected a plain value, text in quotes, found !!js/function)',
      'content/b.md:2:8  tags: has a YAML tag, which front matter does not accept (expected a plain value, text in quotes, found !!js/regexp)',
      'content/c.md:4:14  description: has a YAML tag, which front matter does not accept (expected a plain value, text in quotes, found !foo)',
      'content/d.md:2:15  image: has a YAML tag, which front matter does not accept (expected a plain value, text in quotes, found !!binary)',
    ]);
  });

  it('reads ---yml as YAML, like --- and ---yaml', () => {
    const dir = contentFolder({
      'a.md': VALID_FRONT_MATTER.replace('---\n', '---yml\n'),
      'b.md': VALID_FRONT_MATTER.replace('---\n', '---yaml\n'),
    });
    const { articles, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.title)).toEqual(['Un titre', 'Un titre']);
  });

  it('suggests the nearest image field', () => {
    expect(
      problemsIn({ 'a.md': withField('image: { src: /images/logo.jpg, atl: "Le logo" }'), 'images/logo.jpg': logo }),
    ).toEqual([
      'content/a.md:2:8  image.alt: is missing: describe the image for readers who cannot see it (expected text, found nothing)',
      'content/a.md:2:33  image.atl: is not an image field; did you mean `alt`? (expected one of src, alt, caption, credit, focus, found "atl")',
    ]);
  });
});

describe('the rubrique and the photo', () => {
  it('accepts a rubrique of the site however its accents and capitals are written, and names it as the site does', () => {
    const dir = contentFolder({
      'a.md': '---\ntitle: "T"\ndate: 2015-02-16\ndescription: "x"\nsection: economie\n---\nTexte.\n',
      'b.md': '---\ntitle: "T"\ndate: 2015-02-16\ndescription: "x"\nsection: "TECH"\n---\nTexte.\n',
    });
    const { articles, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.section)).toEqual([
      { name: 'Économie', slug: 'economie' },
      { name: 'Tech', slug: 'tech' },
    ]);
  });

  it('refuses a rubrique the site does not have, suggesting the nearest', () => {
    expect(
      problemsIn({
        'a.md': '---\ntitle: "T"\ndate: 2015-02-16\ndescription: "x"\nsection: Economy\n---\n',
        'b.md': '---\ntitle: "T"\ndate: 2015-02-16\ndescription: "x"\nsection: Sport\n---\n',
        'c.md': '---\ntitle: "T"\ndate: 2015-02-16\ndescription: "x"\nsection: [Tech]\n---\n',
      }),
    ).toEqual([
      'content/a.md:5:10  section: is not one of the site’s rubriques; did you mean `Économie`? (expected one of the rubriques Économie, Politique, International, Culture, Tech, found "Economy")',
      'content/b.md:5:10  section: is not one of the site’s rubriques (expected one of the rubriques Économie, Politique, International, Culture, Tech, found "Sport")',
      'content/c.md:5:10  section: has the wrong type (expected one of the rubriques Économie, Politique, International, Culture, Tech, found a list (1 item))',
    ]);
  });

  it('takes a photo’s caption and credit, and refuses a misspelt field with a suggestion', () => {
    const dir = contentFolder({
      'a.md':
        '---\ntitle: "T"\ndate: 2015-02-16\ndescription: "x"\nimage: { src: /images/logo.jpg, alt: "Le logo", caption: "Le logo du journal.", credit: "© Kiosque" }\n---\nTexte.\n',
      'images/logo.jpg': logo,
    });
    expect(loadContent(dir).articles[0]?.image).toMatchObject({
      src: '/images/logo.jpg',
      alt: 'Le logo',
      caption: 'Le logo du journal.',
      credit: '© Kiosque',
      width: 1600,
      height: 1000,
    });
    expect(
      problemsIn({
        'b.md':
          '---\ntitle: "T"\ndate: 2015-02-16\ndescription: "x"\nimage: { src: /images/logo.jpg, alt: "L", credti: "AFP" }\n---\n',
        'images/logo.jpg': logo,
      }),
    ).toEqual([
      'content/b.md:5:43  image.credti: is not an image field; did you mean `credit`? (expected one of src, alt, caption, credit, focus, found "credti")',
    ]);
  });
});
