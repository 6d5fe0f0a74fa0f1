import { severityOf } from '@/lib/text/problems';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentDirectory, readSourceFiles } from '@/lib/content/source';
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
