import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
const folder = 'tests/fixtures/broken-content';

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

const DATE_EXPECTED = 'expected an ISO 8601 date such as 2015-02-16 or 2015-02-16T18:00:00+01:00';

/** Every problem of the showcase folder, as the editor reads it: one line each, in the order printed. */
const expectedLines = [
  'blank-line-before-front-matter.md:1:1  front matter: a blank line comes before the opening ---; the file must start with it (expected --- on line 1, found --- on line 2)',
  `doublon.md  file name: gives the same address as ${folder}/Doublon.md (expected one file per address, found ${folder}/Doublon.md and ${folder}/doublon.md)`,
  'Doublon.md  file name: is not a valid slug: it becomes the article’s address (expected lowercase letters, digits and hyphens, such as doublon.md, found Doublon.md)',
  'empty-title.md:2:8  title: is empty (expected text in quotes, found "")',
  'front-matter-image-not-in-public.md:5:15  image: points to a file that is not in public/ (expected a file public/images/absente.jpg, found /images/absente.jpg)',
  'front-matter-not-closed.md:6:1  front matter: is not closed (expected a line with --- after the last field, found the end of the file)',
  'image-not-in-public.md:7:1  image: points to a file that is not in public/ (expected a file public/images/absente.jpg, found /images/absente.jpg)',
  'image-without-alt.md:7:1  image: has no alternative text (expected ![what the image shows](…), found ![](/logo.png))',
  `impossible-date-february-30.md:3:7  date: is not a real day: February 2015 has 28 days (${DATE_EXPECTED}, found "2015-02-30")`,
  `impossible-date-month-13.md:3:7  date: has no month 13 (${DATE_EXPECTED}, found "2024-13-45")`,
  'javascript-front-matter.md:1:1  front matter: only YAML front matter is accepted; nothing in it is ever run (expected ---, found "---js")',
  'link-to-missing-article.md:7:6  link: points to no article (expected the address of an article in the content folder, found /articles/no-such-article)',
  'Mauvais Nom.md  file name: is not a valid slug: it becomes the article’s address (expected lowercase letters, digits and hyphens, such as mauvais-nom.md, found Mauvais Nom.md)',
  'missing-title.md:2:1  title: is required (expected a value, found nothing)',
  'not-utf8.md:2:12  encoding: the file is not UTF-8 text (expected a file saved as UTF-8, found bytes of another encoding (Latin-1 or Windows-1252?))',
  'quote-without-attribution.md:7:1  :::quote: has no attribution (expected :::quote[Who said it], found :::quote)',
  'raw-iframe.md:7:1  raw HTML: is not rendered; write it in Markdown instead (expected Markdown, a :::quote or a :::tweet block, found <iframe src="https://example.com/video"></iframe>)',
  'tags-not-a-list.md:5:7  tags: must be a list (expected a list such as [Cisco, French Tech], found "foo")',
  'text-before-front-matter.md:1:1  front matter: text comes before the opening ---; the file must start with it (expected --- on line 1, found --- on line 2)',
  'time-without-time-zone.md:3:7  warning: date: has a time but no time zone; read as Europe/Paris time (2015-02-16T18:00:00+01:00) (expected a time zone such as +01:00, found "2015-02-16T18:00:00")',
  'title-not-text.md:2:8  title: has the wrong type (expected text in quotes, found number 2024)',
  'tweet-embed-without-author.md:7:1  pasted tweet embed: has no author line “— Name (@handle)” (expected <blockquote class="twitter-tweet"><p>…</p>&mdash; Name (@handle) <a href="…/status/…">date</a></blockquote>, found <blockquote class="twitter-tweet"><p lang="fr" di…)',
  'tweet-missing-handle.md:7:1  :::tweet: is missing handle (expected :::tweet{name="…" handle="…" date="YYYY-MM-DD"}, found {name="Manuel Valls" date="2015-02-16"})',
  'tweet-missing-name-and-date.md:7:1  :::tweet: is missing name, date (expected :::tweet{name="…" handle="…" date="YYYY-MM-DD"}, found {handle="manuelvalls"})',
  'unknown-directive-encadre.md:7:1  :::encadre: is not a known directive (expected :::quote or :::tweet, found :::encadre)',
  'unknown-field-titel.md:3:1  titel: is not a known field; did you mean `title`? (expected one of title, date, description, author, tags, lang, updated, draft, image, found "titel")',
  'updated-before-date.md:5:10  updated: is before the publication date (expected a moment after 2015-02-16T18:00:00+01:00, found "2015-02-15T09:00:00+01:00")',
  'yaml-does-not-parse.md:2:1  title: YAML does not parse: Missing closing "quote',
].map((line) => `${folder}/${line}`);

/** The summary's counts: every line above but the warning is an error; Doublon.md and doublon.md are two files. */
const summaryStart = `✗ ${folder}: 27 errors, 1 warning in 28 files (`;

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
      /^✗ tests\/fixtures\/broken-content: 27 errors, 1 warning in 28 files \(\d+ articles? ready to publish\)\.$/,
    );
  });

  // App bug: the count includes articles whose file name, image or link is in error
  // (Mauvais Nom.md, Doublon.md, doublon.md, image-not-in-public.md, front-matter-image-not-in-public.md,
  // link-to-missing-article.md): it prints "8 articles ready to publish" where only bom-crlf-valid.md and
  // time-without-time-zone.md are. When this starts failing, the bug is fixed: make it a plain `it`.
  it('counts as ready to publish only the articles without errors', () => {
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`${summaryStart}2 articles ready to publish).`);
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
  it('exits 0 and says every article was checked, with no problem', () => {
    const articles = readdirSync(path.join(projectRoot, 'content')).filter((name) => name.endsWith('.md')).length;
    const run = check([]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toBe(`✓ content: ${articles} article${articles === 1 ? '' : 's'} checked, no problems.\n`);
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
