import { describe, expect, it } from 'vitest';
import { labelsFor, typesetLabels } from '@/lib/text/labels';
import { typeset } from '@/lib/text/typography';

describe('the site’s labels', () => {
  it('are typeset in their language', () => {
    expect(typesetLabels({ source: 'Source :', readers: '6000 lecteurs !' }, 'fr')).toEqual({
      source: 'Source\u00A0:',
      readers: '6\u202F000\u00A0lecteurs\u202F!',
    });
    expect(typesetLabels({ source: 'Source:', readers: "Editor's picks" }, 'en')).toEqual({
      source: 'Source:',
      readers: 'Editor’s picks',
    });
  });

  it('come from labelsFor already typeset', () => {
    for (const lang of ['fr', 'en']) {
      for (const value of Object.values(labelsFor(lang))) expect(value).toBe(typeset(value, lang));
    }
  });
});
