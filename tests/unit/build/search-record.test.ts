import { describe, expect, it } from 'vitest';
import { plainText, searchRecordOf, searchSourceOf } from '@/lib/build/search-record';
import { contentFolder, loadAsEditor } from '../content/temp-content';

const ARTICLE = `---
title: "Cisco investit 100 millions : pourquoi ?"
date: 2015-02-16T18:00:00+01:00
description: "L’État signe un partenariat avec Cisco."
author: "Anne Martin"
section: Économie
tags: [Cisco]
---

Premier paragraphe sur les start-up & la *French Tech*.

Second paragraphe.

> « Ce partenariat est ambitieux. »
>
> — Matignon

:::tweet{name="Manuel Valls" handle="manuelvalls" date="2015-02-16" url="https://twitter.com/manuelvalls/status/1"}
Échanges fructueux avec @Cisco
:::
`;

function record() {
  const { articles, problems, bodies } = loadAsEditor(contentFolder({ 'cisco.md': ARTICLE }));
  expect(problems).toEqual([]);
  return searchRecordOf(searchSourceOf(articles[0]!), bodies.get(articles[0]!.body));
}

describe('an article’s search record', () => {
  it('holds its address, its typeset headline and lead, its date, rubrique and language', () => {
    const { body, ...rest } = record();
    expect(rest).toEqual({
      url: '/articles/cisco',
      title: 'Cisco investit 100\u00a0millions\u00a0: pourquoi\u202f?',
      lead: 'L’État signe un partenariat avec Cisco.',
      date: '2015-02-16T18:00:00+01:00',
      section: 'Économie',
      lang: 'fr',
    });
    expect(body).toBeTypeOf('string');
  });

  it('holds the body as the reader reads it: one line a block, entities decoded, the cards’ words but not their labels', () => {
    expect(record().body.split('\n')).toEqual([
      'Premier paragraphe sur les start-up & la French Tech.',
      'Second paragraphe.',
      '« Ce partenariat est ambitieux. »',
      '— Matignon',
      'Manuel Valls @manuelvalls',
      'Échanges fructueux avec @Cisco',
      '16 février 2015',
    ]);
  });

  it('holds nothing of the page around the article: no byline, tags, share links or printed address', () => {
    const text = JSON.stringify(record());
    expect(text).not.toContain('Anne Martin');
    expect(text).not.toContain('http');
    expect(text).not.toMatch(/Partager|Twitter|Voir le tweet/);
  });
});

describe('plainText', () => {
  it('keeps words of adjacent blocks apart and inline markup’s words together', () => {
    expect(plainText('<h2>Titre</h2><p>un<em>mot</em> <a href="/x">lien</a></p><ul><li>a</li><li>b</li></ul>')).toBe(
      'Titre\nunmot lien\na\nb',
    );
  });

  it('gives nothing for an empty body', () => {
    expect(plainText('')).toBe('');
  });
});
