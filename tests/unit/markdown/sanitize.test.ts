import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown/render';
import { sanitizeSchema } from '@/lib/markdown/sanitize-schema';

/** The schema on its own, against HTML no plugin of ours would emit: what a future plugin bug could let through. */
function clean(html: string): string {
  return toHtml(sanitize(fromHtml(html, { fragment: true }), sanitizeSchema));
}

describe('sanitize schema', () => {
  it('drops scripts, styles and frames with their content', () => {
    expect(clean('<p>a</p><script>alert(1)</script><style>p{}</style><iframe src="https://x"></iframe>')).toBe(
      '<p>a</p>',
    );
  });

  it('drops event handlers and inline styles', () => {
    expect(clean('<img src="/media/a-1200.jpg" alt="a" onerror="alert(1)" style="x">')).toBe(
      '<img src="/media/a-1200.jpg" alt="a">',
    );
    expect(clean('<p onclick="alert(1)">a</p>')).toBe('<p>a</p>');
  });

  it('drops javascript:, data: and vbscript: addresses but keeps web and site links', () => {
    expect(clean('<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a><a href="vbscript:x">c</a>')).toBe(
      '<a>a</a><a>b</a><a>c</a>',
    );
    expect(clean('<a href="https://example.org">a</a><a href="/articles/x">b</a>')).toBe(
      '<a href="https://example.org">a</a><a href="/articles/x">b</a>',
    );
  });

  it('keeps only the photos the build derived, whatever the form of another address', () => {
    expect(
      clean(
        '<img src="https://evil.example/a.png" alt="a"><img src="//evil.example/b.png" alt="b"><img src="data:image/png;base64,AA" alt="c"><img src="/images/d.png" alt="d"><img src="/media/../x" alt="e"><img src="/media/d-800.jpg" alt="f">',
      ),
    ).toBe('<img alt="a"><img alt="b"><img alt="c"><img alt="d"><img alt="e"><img src="/media/d-800.jpg" alt="f">');
  });

  it('keeps a picture’s typed sources and width lists only when every file is a derived one', () => {
    expect(
      clean(
        '<picture><source type="image/avif" srcset="/media/a-800.avif 800w, /media/a-1200.avif 1200w"><source type="image/webp" srcset="https://evil.example/a.webp 800w"><img src="/media/a-800.jpg" srcset="/media/a-800.jpg 800w, /media/x.jpg 9w, javascript:alert(1) 1w" sizes="100vw" alt="a"></picture>',
      ),
    ).toBe(
      '<picture><source type="image/avif" srcset="/media/a-800.avif 800w, /media/a-1200.avif 1200w"><source type="image/webp"><img src="/media/a-800.jpg" sizes="100vw" alt="a"></picture>',
    );
  });

  it('keeps exactly the classes our plugins emit', () => {
    expect(
      clean(
        '<figure class="quote evil"><blockquote cite="https://a.example">q</blockquote><figcaption>— A</figcaption></figure>',
      ),
    ).toBe(
      '<figure class="quote"><blockquote cite="https://a.example">q</blockquote><figcaption>— A</figcaption></figure>',
    );
    expect(
      clean(
        '<figure class="tweet"><time datetime="2015-02-16">x</time><span class="nowrap tweet-name other">y</span></figure>',
      ),
    ).toBe(
      '<figure class="tweet"><time datetime="2015-02-16">x</time><span class="nowrap tweet-name">y</span></figure>',
    );
    expect(clean('<div class="x"><p class="y">t</p></div>')).toBe('<p>t</p>');
    expect(clean('<figure class="quote quote-long evil"><p>t</p></figure>')).toBe(
      '<figure class="quote quote-long"><p>t</p></figure>',
    );
  });

  it('refuses a cite that is not a web address', () => {
    expect(clean('<blockquote cite="javascript:alert(1)">q</blockquote>')).toBe('<blockquote>q</blockquote>');
  });

  it('prefixes ids and names so content cannot clobber the page', () => {
    expect(clean('<h2 id="x">t</h2>')).toBe('<h2>t</h2>');
  });
});

describe('renderMarkdown security', () => {
  it('never lets raw HTML through, even when it is only reported', () => {
    const { html, problems } = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nok <span onmouseover="x">y</span>',
      { lang: 'fr', file: 'x.md' },
    );
    expect(html).not.toMatch(/script|onerror|onmouseover|<img/);
    expect(problems.filter((d) => d.fatal)).toHaveLength(3);
  });

  it('gives the same card for the directive and the pasted embed', () => {
    const directive = renderMarkdown(
      ':::tweet{name="Manuel Valls" handle="manuelvalls" date="2015-02-16" url="https://twitter.com/manuelvalls/status/567370138430185472"}\nUn texte avec @Cisco et #FrenchTech\n:::',
      { lang: 'fr', file: 'a.md' },
    );
    const embed = renderMarkdown(
      '<blockquote class="twitter-tweet"><p lang="fr" dir="ltr">Un texte avec <a href="https://twitter.com/Cisco?ref_src=twsrc%5Etfw">@Cisco</a> et <a href="https://twitter.com/hashtag/FrenchTech?src=hash&amp;ref_src=twsrc%5Etfw">#FrenchTech</a></p>&mdash; Manuel Valls (@manuelvalls) <a href="https://twitter.com/manuelvalls/status/567370138430185472?ref_src=twsrc%5Etfw">February 16, 2015</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
      { lang: 'fr', file: 'b.md' },
    );
    expect(embed.problems).toEqual([]);
    expect(directive.problems).toEqual([]);
    expect(embed.html).toBe(directive.html);
    expect(embed.html).not.toContain('ref_src');
    expect(embed.html).not.toContain('platform.twitter.com');
  });
});
