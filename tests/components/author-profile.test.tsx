import { render, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListingPage } from '@/components/listing-page';
import { getListingPage } from '@/lib/content';
import { plainPhoto } from '../fixtures/photos';
import { articleText, contentFolder } from '../unit/content/temp-content';

const PORTRAIT = await plainPhoto(900, 1200);

afterEach(() => vi.unstubAllEnvs());

function authorPage(profile: string, slug = 'anne-martin') {
  vi.stubEnv(
    'CONTENT_DIR',
    contentFolder({
      [`auteurs/${slug}.md`]: profile,
      'images/anne-martin.jpg': PORTRAIT,
      'cisco.md': articleText('Cisco investit en France', '2015-02-16', 'author: [Anne Martin, Mary Smith]\n'),
    }),
  );
  return render(<ListingPage page={getListingPage({ kind: 'author', slug })!} />);
}

describe('an author’s page with a profile', () => {
  it('shows the name as its heading, then the portrait, the role, the bio and the links, above the articles', () => {
    const { container } = authorPage(
      '---\nname: Anne Martin\nrole: "Journaliste : économie"\nportrait: { src: /images/anne-martin.jpg, alt: "Portrait d’Anne Martin" }\n' +
        'links: { mastodon: "https://mastodon.social/@annemartin", site: "https://anne-martin.example" }\n' +
        'email: anne@kiosque.example\n---\nElle suit *le numérique*.\n',
    );
    const header = container.querySelector('.listing-header') as HTMLElement;
    expect(within(header).getByRole('heading', { level: 1 }).textContent).toBe('Anne Martin');
    const portrait = within(header).getByRole('img', { name: 'Portrait d’Anne Martin' });
    // A square, in AVIF and WebP before the JPEG, fetched first: it heads the page.
    expect([portrait.getAttribute('src'), portrait.getAttribute('width'), portrait.getAttribute('height')]).toEqual([
      expect.stringMatching(/^\/media\/anne-martin-\w{10}-portrait-320\.jpg$/),
      '320',
      '320',
    ]);
    expect(portrait.getAttribute('fetchpriority')).toBe('high');
    const sources = [...(portrait.closest('picture')?.querySelectorAll('source') ?? [])];
    expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    // French typography in the role, the bio's Markdown rendered.
    expect(header.querySelector('.profile-role')?.textContent).toBe('Journaliste\u00A0: économie');
    expect(header.querySelector('.profile-bio em')?.textContent).toBe('le numérique');
    const links = within(header.querySelector('.profile-links') as HTMLElement).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('rel')])).toEqual([
      ['Site web', 'https://anne-martin.example/', 'me'],
      ['Mastodon', 'https://mastodon.social/@annemartin', 'me'],
      ['anne@kiosque.example', 'mailto:anne@kiosque.example', null],
    ]);
    expect(container.querySelector('.teaser-list')?.textContent).toContain('Cisco investit en France');
    const data = [...container.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
      JSON.parse(script.textContent ?? '{}'),
    );
    expect(data.map((block) => block['@type'])).toContain('ProfilePage');
  });

  it('marks a bio in another language, and names the links in the site’s', () => {
    const { container } = authorPage(
      '---\nname: Mary Smith\nlang: en\nlinks: { bluesky: "https://bsky.app/profile/mary.bsky.social" }\n---\nMary covers tech.\n',
      'mary-smith',
    );
    expect(container.querySelector('.profile')?.getAttribute('lang')).toBe('en');
    expect(container.querySelector('.profile-links')?.getAttribute('lang')).toBe('fr');
    expect(container.querySelector('.profile img')).toBeNull();
  });
});
