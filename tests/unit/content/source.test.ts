import { severityOf } from '@/lib/text/problems';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentDirectory, folderSignature, readSourceFiles } from '@/lib/content/source';
import { contentFolder, VALID_FRONT_MATTER } from './temp-content';

afterEach(() => vi.unstubAllEnvs());

describe('the content folder', () => {
  it('is content/ in the project by default', () => {
    vi.stubEnv('CONTENT_DIR', '');
    expect(contentDirectory()).toBe(path.join(process.cwd(), 'content'));
  });

  it('can be named by CONTENT_DIR relative to the project', () => {
    vi.stubEnv('CONTENT_DIR', 'tests/unit/content/../content/../../../content');
    expect(contentDirectory()).toBe(path.join(process.cwd(), 'content'));
    expect(readSourceFiles().files.map((file) => file.name)).toContain('content/cisco-french-tech-2015.md');
  });

  it('can be named by an absolute CONTENT_DIR outside the project', () => {
    const dir = contentFolder({ 'hors-projet.md': VALID_FRONT_MATTER, 'notes.txt': 'x', '.DS_Store': 'x' });
    vi.stubEnv('CONTENT_DIR', dir);
    const { files, problems } = readSourceFiles();
    expect(files.map((file) => [file.name, file.stem])).toEqual([[path.join(dir, 'hors-projet.md'), 'hors-projet']]);
    expect(problems.map((d) => [severityOf(d), d.reason])).toEqual([
      ['warning', 'is not published: only .md files are articles'],
    ]);
  });

  it('says so when the folder does not exist', () => {
    vi.stubEnv('CONTENT_DIR', 'no-such-folder');
    expect(readSourceFiles().problems).toMatchObject([
      { fatal: true, file: 'no-such-folder', ruleId: 'content folder' },
    ]);
  });
});

describe('the folders of profiles and pages', () => {
  it('hold Markdown files read apart from the articles; anything else is told', () => {
    const dir = contentFolder({
      'article.md': VALID_FRONT_MATTER,
      'auteurs/anne-martin.md': '---\nname: Anne Martin\n---\n',
      'auteurs/photo.jpg': 'x',
      'pages/a-propos.md': '---\ntitle: À propos\n---\n',
      'pages/.brouillon.md': 'x',
    });
    const { files, profiles, pages, problems } = readSourceFiles(dir);
    expect(files.map((file) => file.stem)).toEqual(['article']);
    expect(profiles.map((file) => [file.name, file.stem])).toEqual([
      [path.join(dir, 'auteurs/anne-martin.md'), 'anne-martin'],
    ]);
    expect(pages.map((file) => [file.name, file.stem, file.text])).toEqual([
      [path.join(dir, 'pages/a-propos.md'), 'a-propos', '---\ntitle: À propos\n---\n'],
    ]);
    expect(problems.map((d) => [d.file, severityOf(d), d.reason])).toEqual([
      [path.join(dir, 'auteurs/photo.jpg'), 'warning', 'is not read: only .md files are authors’ profiles'],
    ]);
  });

  it('may be links to folders of the content folder, never out of it', () => {
    const outside = contentFolder({ 'a-propos.md': '---\ntitle: Ailleurs\n---\n' });
    const dir = contentFolder({ 'rangement/anne-martin.md': '---\nname: Anne Martin\n---\n' });
    symlinkSync(path.join(dir, 'rangement'), path.join(dir, 'auteurs'));
    symlinkSync(outside, path.join(dir, 'pages'));
    const { profiles, pages, problems } = readSourceFiles(dir);
    expect(profiles.map((file) => file.stem)).toEqual(['anne-martin']);
    expect(pages).toEqual([]);
    expect(problems.map((d) => [d.file, d.reason])).toContainEqual([
      path.join(dir, 'pages'),
      'is a symbolic link to a folder outside the content folder',
    ]);
  });

  it('change the folder’s signature when a file in them is saved, so next dev reads it again', () => {
    const dir = contentFolder({ 'pages/a-propos.md': '---\ntitle: À propos\n---\n' });
    const before = folderSignature(dir);
    writeFileSync(path.join(dir, 'pages/a-propos.md'), '---\ntitle: Qui sommes-nous\n---\n');
    expect(folderSignature(dir)).not.toBe(before);
    mkdirSync(path.join(dir, 'auteurs'));
    const withAuthors = folderSignature(dir);
    writeFileSync(path.join(dir, 'auteurs/anne-martin.md'), 'x');
    expect(folderSignature(dir)).not.toBe(withAuthors);
  });
});
