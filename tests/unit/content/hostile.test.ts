import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentReport } from '@/lib/content/report';
import { acceptedHostileFiles, expectedHostileProblems, writeHostileContent } from '../../fixtures/hostile-content';
import { articleText, contentFolder, loadAsEditor } from './temp-content';

describe('hostile files', () => {
  it(
    'each get a verdict naming the file and line, and hide neither the others’ problems nor a valid article',
    { timeout: 30_000 },
    () => {
      const dir = contentFolder({ 'valide.md': articleText('Valide') });
      writeHostileContent(dir);
      const { articles, problems: lines } = loadAsEditor(dir);
      expect(lines).toEqual(expectedHostileProblems);
      // The link to /etc/passwd is refused without a word of what it points to.
      expect(lines.join('\n')).not.toMatch(/root:|passwd:/);
      expect(articles.map((article) => article.slug).sort()).toEqual([...acceptedHostileFiles, 'valide'].sort());
    },
  );
});

describe('symbolic links in the content folder', () => {
  it('are followed to a file of the folder, refused out of it or to nothing', () => {
    const outside = contentFolder({ 'ailleurs.md': articleText('Ailleurs') });
    const dir = contentFolder({ 'vrai.md': articleText('Vrai') });
    mkdirSync(path.join(dir, 'sous-dossier'));
    writeFileSync(path.join(dir, 'sous-dossier', 'range.md'), articleText('Rangé'));
    symlinkSync('sous-dossier/range.md', path.join(dir, 'lien-interne.md'));
    symlinkSync(path.join(outside, 'ailleurs.md'), path.join(dir, 'lien-externe.md'));
    symlinkSync('vrai.md', path.join(dir, 'copie.md'));
    symlinkSync('boucle-b.md', path.join(dir, 'boucle-a.md'));
    symlinkSync('boucle-a.md', path.join(dir, 'boucle-b.md'));
    const { articles, problems } = loadAsEditor(dir);
    expect(problems).toEqual([
      'content/boucle-a.md  file: is a symbolic link to nothing (expected a file of the content folder, found a link to no file)',
      'content/boucle-b.md  file: is a symbolic link to nothing (expected a file of the content folder, found a link to no file)',
      'content/lien-externe.md  file: is a symbolic link to a file outside the content folder (expected a file of the content folder, found a link out of it)',
      'content/sous-dossier  warning: file: is not published: only .md files are articles (expected <slug>.md, found sous-dossier)',
    ]);
    expect(articles.map((article) => [article.slug, article.title])).toEqual([
      ['copie', 'Vrai'],
      ['lien-interne', 'Rangé'],
      ['vrai', 'Vrai'],
    ]);
  });
});

describe('file names', () => {
  it('are printed with their control characters escaped, one line per problem', () => {
    const dir = contentFolder({ 'rouge\u001b[31m.md': articleText('A'), 'deux\nlignes.md': articleText('B') });
    const lines = contentReport(dir).output.replaceAll(dir, 'content').split('\n');
    expect(lines.slice(0, -1)).toEqual([
      'content/deux\\u000alignes.md  file name: is not a valid slug: it becomes the article’s address (expected lowercase letters, digits and hyphens, such as deux-lignes.md, found deux\\u000alignes.md)',
      'content/rouge\\u001b[31m.md  file name: is not a valid slug: it becomes the article’s address (expected lowercase letters, digits and hyphens, such as rouge-31m.md, found rouge\\u001b[31m.md)',
    ]);
    expect(lines.join('\n')).not.toContain('\u001b');
  });
});

describe('a mistake repeated through a file', () => {
  it('is printed five times, then counted on one line, without burying the other problems', () => {
    const pasted = Array.from({ length: 300 }, (_, index) => `<div class="c${index}">texte ${index}</div>\n`).join(
      '\n',
    );
    const dir = contentFolder({
      'colle.md': articleText('Collé') + '\n' + pasted + '\nUn lien vers [rien](/articles/nulle-part).\n',
      'autre.md': articleText('Autre') + '\n<span>un</span>\n\n<span>deux</span>\n',
    });
    const lines = contentReport(dir).output.replaceAll(dir, 'content').split('\n');
    const rawHtml = (file: string, line: number, found: string) =>
      `content/${file}:${line}:1  raw HTML: is not rendered; write it in Markdown instead (expected Markdown, a :::quote or a :::tweet block, found ${found})`;
    expect(lines).toEqual([
      rawHtml('autre.md', 8, '<span>'),
      rawHtml('autre.md', 10, '<span>'),
      ...[0, 1, 2, 3, 4].map((index) =>
        rawHtml('colle.md', 8 + 2 * index, `<div class="c${index}">texte ${index}</div>`),
      ),
      'content/colle.md  raw HTML: the same, 295 more times (lines 18 to 606)',
      'content/colle.md:608:14  link: points to no article (expected the address of an article in the content folder, found /articles/nulle-part)',
      '✗ content: 303 errors, 0 warnings in 2 files (0 articles ready to publish).',
    ]);
  });
});
