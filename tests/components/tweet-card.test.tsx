import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article-body';
import { renderMarkdown } from '@/lib/markdown/render';

function renderTweet(markdown: string, lang = 'fr') {
  const { html, problems } = renderMarkdown(markdown, { lang, file: 'test.md' });
  expect(problems).toEqual([]);
  const { container, unmount } = render(<ArticleBody html={html} />);
  return { container, unmount, card: screen.getByRole('figure') };
}

const VALLS =
  ':::tweet{name="Manuel Valls" handle="manuelvalls" date="2015-02-16"}\nÉchanges fructueux avec John Chambers de @Cisco qui choisit d’investir en France : 100 millions $ dans la #FrenchTech pic.twitter.com/1VBPzLVls1\n:::';

describe('tweet card', () => {
  it('shows the author, the handle linked to the profile, the date and the text', () => {
    const { card } = renderTweet(VALLS);
    expect(within(card).getByText('Manuel Valls')).toBeTruthy();
    expect(within(card).getByRole('link', { name: '@manuelvalls' }).getAttribute('href')).toBe(
      'https://twitter.com/manuelvalls',
    );
    const date = within(card).getByText('16 février 2015');
    expect(date.tagName).toBe('TIME');
    expect(date.getAttribute('datetime')).toBe('2015-02-16');
    expect(within(card).getByText('Twitter')).toBeTruthy();
    expect(card.querySelector('blockquote')?.textContent).toBe(
      'Échanges fructueux avec John Chambers de @Cisco qui choisit d’investir en France\u00A0: 100\u00A0millions\u00A0$ dans la #FrenchTech pic.twitter.com/1VBPzLVls1',
    );
  });

  it('links mentions, hashtags and addresses in the text', () => {
    const { card } = renderTweet(VALLS);
    const text = within(card.querySelector('blockquote')!);
    expect(text.getByRole('link', { name: '@Cisco' }).getAttribute('href')).toBe('https://twitter.com/Cisco');
    expect(text.getByRole('link', { name: '#FrenchTech' }).getAttribute('href')).toBe(
      'https://twitter.com/hashtag/FrenchTech',
    );
    // A photo the card cannot show: its address stays as written, not a link to a page without it.
    expect(text.queryByRole('link', { name: 'pic.twitter.com/1VBPzLVls1' })).toBeNull();
    expect(text.getByText('pic.twitter.com/1VBPzLVls1').className).toBe('tweet-media');
  });

  it('links to the original only when its address is known, without tracking parameters', () => {
    const withoutUrl = renderTweet(VALLS);
    expect(within(withoutUrl.card).queryByRole('link', { name: /tweet original/ })).toBeNull();
    withoutUrl.unmount();
    const { card } = renderTweet(
      ':::tweet{name="Manuel Valls" handle="manuelvalls" date="2015-02-16" url="https://twitter.com/manuelvalls/status/567370138430185472?ref_src=twsrc%5Etfw"}\nTexte\n:::',
    );
    expect(within(card).getByRole('link', { name: 'Voir le tweet original' }).getAttribute('href')).toBe(
      'https://twitter.com/manuelvalls/status/567370138430185472',
    );
  });

  it('writes the date in the article’s language', () => {
    const { card } = renderTweet(
      ':::tweet{name="Jack" handle="jack" date="2006-03-21"}\njust setting up my twttr\n:::',
      'en',
    );
    expect(within(card).getByText('March 21, 2006').getAttribute('datetime')).toBe('2006-03-21');
  });

  it('loads nothing from Twitter: no script, no image, no frame', () => {
    const { container } = renderTweet(
      '<blockquote class="twitter-tweet"><p lang="fr" dir="ltr">Texte</p>&mdash; Manuel Valls (@manuelvalls) <a href="https://twitter.com/manuelvalls/status/1?ref_src=twsrc%5Etfw">February 16, 2015</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
    );
    expect(container.querySelectorAll('script, img, iframe, link')).toHaveLength(0);
    expect(container.innerHTML).not.toContain('platform.twitter.com');
  });

  it('reads in the order it shows: who, the words, then when and the link to the original', () => {
    const { card } = renderTweet(
      ':::tweet{name="Jack" handle="jack" date="2006-03-21" url="https://twitter.com/jack/status/20"}\nJust setting up @twttr\n:::',
    );
    expect([...card.children].map((child) => child.tagName)).toEqual(['FIGCAPTION', 'BLOCKQUOTE', 'SPAN']);
    expect(card.querySelector('figcaption')?.textContent).toBe('Jack @jack Twitter');
    expect(card.lastElementChild?.textContent).toBe('21\u00A0mars 2006 Voir le tweet original');
    const focusOrder = [...card.querySelectorAll('a')].map((link) => link.textContent);
    expect(focusOrder).toEqual(['@jack', '@twttr', 'Voir le tweet original']);
  });
});
