import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenContentFolder, expectedProblems } from '../../fixtures/broken-content';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
const folder = brokenContentFolder;

/** Runs `npm run check` as an editor does, from the project root; CONTENT_DIR only when given. */
function check(args: string[], contentDir?: string): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.CONTENT_DIR;
  if (contentDir !== undefined) env.CONTENT_DIR = contentDir;
  const result = spawnSync(tsx, ['lib/cli/check.ts', ...args], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const expectedLines = expectedProblems;

/** The summary's counts: every line above but the warnings is an error; Doublon.md and doublon.md are two files. */
const summaryStart = `✗ ${folder}: 44 errors, 4 warnings in 47 files (`;

/** What the `---js` fixture writes if anything ever evaluates it. */
const ranMarker = path.join(tmpdir(), 'kiosque-js-front-matter-ran');

describe('npm run check on the showcase of editors’ mistakes', () => {
  let run: ReturnType<typeof check>;

  beforeAll(() => {
    rmSync(ranMarker, { force: true });
    run = check([folder]);
  });

  it('exits with status 1', () => {
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('prints exactly one line per problem, with file, line:column, subject, expected and found', () => {
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual(expectedLines);
  });

  it('ends with a summary line counting errors, warnings and files', () => {
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^✗ tests\/fixtures\/broken-content: 44 errors, 4 warnings in 47 files \(\d+ articles? ready to publish\)\.$/,
    );
  });

  // Only bom-crlf-valid.md, description-too-long.md, time-without-time-zone.md, javascript-link.md and photo-narrow-lead.md have no error.
  it('counts as ready to publish only the articles without errors', () => {
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`${summaryStart}5 articles ready to publish).`);
  });

  it('has a fixture file for each mistake, and finds a problem in every file but the valid one', () => {
    const files = readdirSync(path.join(projectRoot, folder)).filter((name) => name.endsWith('.md'));
    const named = new Set(expectedLines.map((line) => line.slice(folder.length + 1).split(/:\d|  /)[0]));
    expect(files.filter((file) => !named.has(file))).toEqual(['bom-crlf-valid.md']);
  });

  it('accepts a file saved with a byte-order mark and Windows line endings', () => {
    const bytes = readFileSync(path.join(projectRoot, folder, 'bom-crlf-valid.md'));
    // The fixture must really be what it claims, or the absence of a problem proves nothing.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('---\r\ntitle: ');
    expect(bytes.toString('utf8')).not.toMatch(/[^\r]\n/);
    expect(run.stdout).not.toContain('bom-crlf-valid.md');
  });

  it('reads the Latin-1 fixture as what it is: bytes that are not UTF-8', () => {
    const bytes = readFileSync(path.join(projectRoot, folder, 'not-utf8.md'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('never runs the code of a ---js front matter', () => {
    expect(existsSync(ranMarker)).toBe(false);
  });

  it('has a ---js fixture whose code does run when evaluated, so the test above can fail', () => {
    const text = readFileSync(path.join(projectRoot, folder, 'javascript-front-matter.md'), 'utf8');
    try {
      // gray-matter's default engines `eval` JavaScript front matter: what the app must never let happen.
      expect(matter(text).data).toMatchObject({ title: 'Un titre' });
      expect(existsSync(ranMarker)).toBe(true);
    } finally {
      rmSync(ranMarker, { force: true });
    }
  });
});

describe('npm run check on the real content', () => {
  it('exits 0 and finds no error in any article: at most advice', () => {
    const articles = readdirSync(path.join(projectRoot, 'content')).filter((name) => name.endsWith('.md')).length;
    const run = check([]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1).filter((line) => !/^content\/[^ ]+\.md:\d+:\d+ {2}warning: /.test(line))).toEqual([]);
    const ready = `${articles} article${articles === 1 ? '' : 's'}`;
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^✓ content: (${ready} checked, no problems|0 errors, \\d+ warnings? in \\d+ files? \\(${ready} ready to publish\\))\\.$`,
      ),
    );
  });
});

describe('npm run check without a folder argument', () => {
  it('checks the folder CONTENT_DIR names', () => {
    const run = check([], folder);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split('\n').slice(0, -1)).toEqual(expectedLines);
    expect(run.stdout).toContain(summaryStart);
  });
});
