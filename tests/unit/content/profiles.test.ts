import { afterEach, describe, expect, it, vi } from 'vitest';
import { getListingPage, readBody } from '@/lib/content';
import { profilePageJsonLd } from '@/lib/structured-data';
import { plainPhoto } from '../../fixtures/photos';
import { articleText, contentFolder, loadAsEditor } from './temp-content';

afterEach(() => vi.unstubAllEnvs());

const PROFILE = `---
name: Anne Martin
role: "Journaliste, service Économie"
portrait: { src: /images/anne-martin.jpg, alt: "Anne Martin", credit: "© Kiosque" }
links:
  linkedin: https://www.linkedin.com/in/annemartin
  mastodon: https://mastodon.social/@annemartin
  site: https://anne-martin.example
email: anne.martin@kiosque.example
---

Anne Martin suit l’économie numérique depuis 2010. Elle a écrit [sur Cisco](/articles/cisco).
`;

/** The portrait as the photographer sent it: upright, taller than wide. */
const PORTRAIT = await plainPhoto(900, 1200);

function site(files: Record<string, string>) {
  vi.stubEnv('CONTENT_DIR', contentFolder({ ...files, 'images/anne-martin.jpg': PORTRAIT }));
}

describe('an author’s profile', () => {
  it('is shown on the first page of the author’s articles: name, role, portrait, bio and links', () => {
    const files: Record<string, string> = { 'auteurs/anne-martin.md': PROFILE };
    for (let day = 1; day <= 12; day++)
      files[day === 1 ? 'cisco.md' : `jour-${day}.md`] = articleText(
        `Jour ${day}`,
        `2015-01-${String(day).padStart(2, '0')}`,
        'author: [Anne Martin]\n',
      );
    site({ ...files, 'site.yml': 'pageSize: 5\n' });
    const page = getListingPage({ kind: 'author', slug: 'anne-martin' })!;
    expect(page.profile).toMatchObject({
      name: 'Anne Martin',
      slug: 'anne-martin',
      role: 'Journaliste, service Économie',
      // A square cut from it, at the widths the page lays it out.
      portrait: {
        alt: 'Anne Martin',
        credit: '© Kiosque',
        picture: {
          width: 320,
          height: 320,
          fallback: { src: expect.stringMatching(/^\/media\/anne-martin-\w{10}-portrait-320\.jpg$/) },
        },
        image: expect.stringMatching(/^\/media\/anne-martin-\w{10}-portrait-480\.jpg$/),
      },
      // In the order a page shows them, whatever the order written.
      links: [
        { kind: 'site', url: 'https://anne-martin.example/' },
        { kind: 'mastodon', url: 'https://mastodon.social/@annemartin' },
        { kind: 'linkedin', url: 'https://www.linkedin.com/in/annemartin' },
      ],
      email: 'anne.martin@kiosque.example',
      lang: 'fr',
    });
    expect(readBody(page.profile!.bio!)).toBe(
      '<p>Anne Martin suit l’économie numérique depuis 2010. Elle a écrit <a href="/articles/cisco">sur Cisco</a>.</p>\n',
    );
    expect(page.teasers).toHaveLength(7);
    // An archive page is a plain list of articles.
    expect(getListingPage({ kind: 'author', slug: 'anne-martin' }, 1)?.profile).toBeUndefined();
  });

  it('tells search engines who the author is: a ProfilePage about a Person of the newsroom', () => {
    site({
      'auteurs/anne-martin.md': PROFILE,
      'cisco.md': articleText('Cisco', '2015-01-01', 'author: Anne Martin\n'),
    });
    const { profile, listing } = getListingPage({ kind: 'author', slug: 'anne-martin' })!;
    expect(profilePageJsonLd(profile!, listing.path)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      '@id': 'http://localhost:3000/auteurs/anne-martin',
      url: 'http://localhost:3000/auteurs/anne-martin',
      name: 'Anne Martin',
      inLanguage: 'fr',
      isPartOf: { '@id': 'http://localhost:3000/#website' },
      mainEntity: {
        '@type': 'Person',
        '@id': 'http://localhost:3000/auteurs/anne-martin#person',
        name: 'Anne Martin',
        url: 'http://localhost:3000/auteurs/anne-martin',
        jobTitle: 'Journaliste, service Économie',
        image: expect.stringMatching(/^http:\/\/localhost:3000\/media\/anne-martin-\w{10}-portrait-480\.jpg$/),
        sameAs: [
          'https://anne-martin.example/',
          'https://mastodon.social/@annemartin',
          'https://www.linkedin.com/in/annemartin',
        ],
        email: 'anne.martin@kiosque.example',
        worksFor: { '@id': 'http://localhost:3000/#organization' },
      },
    });
  });

  it('is left out for an author without a file: the page stays a list of articles', () => {
    site({ 'cisco.md': articleText('Cisco', '2015-01-01', 'author: Paul Durand\n') });
    const page = getListingPage({ kind: 'author', slug: 'paul-durand' })!;
    expect(page.profile).toBeUndefined();
    expect(page.listing.facet?.name).toBe('Paul Durand');
  });

  it('is checked like an article: each mistake at its line, with what was expected and a suggestion', () => {
    const { problems } = loadAsEditor(
      contentFolder({
        'cisco.md': articleText('Cisco', '2015-01-01', 'author: [Anne Martin, Paul Durand]\n'),
        'auteurs/anne-martin.md': [
          '---',
          'name: Anne Martin',
          'rôle: Journaliste',
          'portrait: { src: /absente.jpg }',
          'links:',
          '  x: https://mastodon.social/@annemartin',
          '  mastodon: "@annemartin@mastodon.social"',
          '  facebook: https://facebook.com/annemartin',
          'email: anne.martin',
          '---',
          'Voir [rien](/articles/nulle-part).',
          '',
        ].join('\n'),
        'auteurs/paul.md': '---\nname: Paul Durand\n---\nPaul Durand.\n',
      }),
    );
    expect(problems).toEqual([
      'content/auteurs/anne-martin.md:3:1  rôle: is not a field of an author’s profile; did you mean `role`? (expected one of name, role, portrait, links, email, lang, found "rôle")',
      'content/auteurs/anne-martin.md:4:11  portrait.alt: is missing: describe the image for readers who cannot see it (expected text, found nothing)',
      'content/auteurs/anne-martin.md:6:6  links.x: is not an address of X (expected a web address such as https://x.com/annemartin, found "https://mastodon.social/@annemartin")',
      'content/auteurs/anne-martin.md:7:13  links.mastodon: is not a web address (expected a web address such as https://mastodon.social/@annemartin, found "@annemartin@mastodon.social")',
      'content/auteurs/anne-martin.md:8:3  links.facebook: is not a kind of link of a profile (expected one of site, mastodon, bluesky, x, linkedin, found "facebook")',
      'content/auteurs/anne-martin.md:9:8  email: is not an e-mail address (expected an address such as redaction@journal.example, found "anne.martin")',
      'content/auteurs/anne-martin.md:11:6  link: points to no article (expected the address of an article in the content folder, found /articles/nulle-part)',
      'content/auteurs/paul.md:2:7  name: is not the name of this file’s author: the page of Paul Durand is /auteurs/paul-durand (expected the file auteurs/paul-durand.md, found paul.md)',
    ]);
  });

  it('checks the portrait as a photo of the content folder, at the line that names it', () => {
    const { problems } = loadAsEditor(
      contentFolder({
        'cisco.md': articleText('Cisco', '2015-01-01', 'author: Anne Martin\n'),
        'auteurs/anne-martin.md':
          '---\nname: Anne Martin\nportrait: { src: /images/absente.jpg, alt: Anne }\n---\nElle écrit.\n',
        'images/page.jpg': '<!doctype html><p>Not a photo</p>',
        'auteurs/paul-durand.md':
          '---\nname: Paul Durand\nportrait:\n  src: /images/page.jpg\n  alt: Paul\n---\nIl écrit.\n',
      }),
    );
    expect(problems).toEqual([
      'content/auteurs/anne-martin.md:3:18  portrait: /images/absente.jpg points to no file (expected an image file at that path, found no such file)',
      'content/auteurs/paul-durand.md:4:8  portrait: /images/page.jpg is not an image (expected a JPEG image, as its name .jpg says, found HTML text (a web page, perhaps one saved in place of the image))',
    ]);
  });

  it('warns of a profile without a bio, and of an author with no published article yet', () => {
    const { problems, paper } = loadAsEditor(
      contentFolder({
        'cisco.md': articleText('Cisco', '2015-01-01', 'author: Anne Martin\n'),
        'brouillon.md': articleText('Brouillon', '2015-01-02', 'author: Paul Durand\ndraft: true\n'),
        'auteurs/anne-martin.md': '---\nname: Anne Martin\n---\n',
        'auteurs/paul-durand.md': '---\nname: Paul Durand\n---\nPaul Durand écrit.\n',
      }),
    );
    expect(problems).toEqual([
      'content/auteurs/anne-martin.md:4:1  warning: body: is empty: a few lines tell readers who the author is (expected a short bio in Markdown under the front matter)',
      'content/auteurs/paul-durand.md  warning: name: has no published article yet: the page /auteurs/paul-durand comes with the first (expected an article with author: Paul Durand)',
    ]);
    expect(paper.profiles.map((profile) => profile.slug)).toEqual(['anne-martin', 'paul-durand']);
  });
});
