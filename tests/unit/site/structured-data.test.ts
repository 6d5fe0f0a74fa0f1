import { describe, expect, it } from 'vitest';
import { afterEach, vi } from 'vitest';
import { getArticlePage } from '@/lib/content';
import { newsArticleJsonLd, serializeJsonLd } from '@/lib/structured-data';
import { contentFolder } from '../content/temp-content';

afterEach(() => vi.unstubAllEnvs());

function articleFrom(frontMatter: string) {
  vi.stubEnv('CONTENT_DIR', contentFolder({ 'un-article.md': `---\n${frontMatter}\n---\nTexte.\n` }));
  const page = getArticlePage('un-article');
  if (!page) throw new Error('fixture did not load');
  return page.article;
}

describe('NewsArticle JSON-LD', () => {
  it('dates with their offset, modified = updated when there is one', () => {
    const data = newsArticleJsonLd(
      articleFrom(
        'title: "T"\ndescription: "D"\ndate: 2015-02-16T18:00:00+01:00\nupdated: 2015-02-17T09:30:00+01:00\nauthor: [Anne Martin, La rédaction]',
      ),
    );
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'T',
      description: 'D',
      datePublished: '2015-02-16T18:00:00+01:00',
      dateModified: '2015-02-17T09:30:00+01:00',
      author: [
        { '@type': 'Person', name: 'Anne Martin', url: 'http://localhost:3000/auteurs/anne-martin' },
        { '@type': 'Organization', name: 'La rédaction' },
      ],
      inLanguage: 'fr',
    });
  });

  it('tells the kind of article: a Tribune is an opinion, an Analyse an analysis, no type plain news', () => {
    const typed = (type: string) =>
      newsArticleJsonLd(articleFrom(`title: "T"\ndescription: "D"\ndate: 2015-02-16${type && `\ntype: ${type}`}`))[
        '@type'
      ];
    expect(['Tribune', 'éditorial', 'Analyse', 'Enquête', 'Reportage', 'Brève', 'Entretien', ''].map(typed)).toEqual([
      'OpinionNewsArticle',
      'OpinionNewsArticle',
      'AnalysisNewsArticle',
      'ReportageNewsArticle',
      'ReportageNewsArticle',
      'NewsArticle',
      'NewsArticle',
      'NewsArticle',
    ]);
  });

  it('cannot be broken out of by a title that closes the script element', () => {
    const json = serializeJsonLd(
      newsArticleJsonLd(
        articleFrom('title: "</script><script>alert(1)</script> & co"\ndescription: "D"\ndate: 2015-02-16'),
      ),
    );
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script> & co');
  });
});
