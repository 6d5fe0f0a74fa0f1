import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');

const title = 'L’État français investit : 100 M€ ?';
const fileName = 'l-etat-francais-investit-100-m.md';

let contentDir: string;
beforeEach(() => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'kiosque-new-'));
});
afterEach(() => rmSync(contentDir, { recursive: true, force: true }));

/** Runs a CLI of lib/cli from the project root, with CONTENT_DIR naming the temp folder. */
function cli(
  script: 'new-article' | 'check',
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [`lib/cli/${script}.ts`, ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function frontMatterOf(text: string): Record<string, unknown> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
  expect(block, text).toBeDefined();
  return parse(block ?? '') as Record<string, unknown>;
}

/** The wall clock of Paris at `instant`, as `YYYY-MM-DDTHH:MM:SS`. */
function parisWallClock(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium' })
    .format(instant)
    .replace(' ', 'T');
}

// Each test starts the command in a process of its own: seconds each on a loaded machine.
describe('npm run new', { timeout: 30_000 }, () => {
  it('creates a valid draft named after the title, dated now in Paris time', () => {
    const before = Date.now();
    const run = cli('new-article', [title]);
    const after = Date.now();

    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(contentDir)).toEqual([fileName]);
    expect(run.stdout).toContain(path.join(contentDir, fileName));

    const data = frontMatterOf(readFileSync(path.join(contentDir, fileName), 'utf8'));
    expect(data.title).toBe(title);
    expect(data.draft).toBe(true);

    const date = String(data.date);
    const parts = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\+0[12]:00)$/.exec(date);
    expect(parts, `date: ${date}`).not.toBeNull();
    const instant = new Date(date);
    expect(instant.getTime()).toBeGreaterThanOrEqual(before - 60_000);
    expect(instant.getTime()).toBeLessThanOrEqual(after + 60_000);
    // The offset is the one Paris observes on that day: the written wall clock is Paris's.
    expect(parts?.[1]).toBe(parisWallClock(instant));

    // Valid as it is, but the editor is told, on their lines, what still has to be written.
    const check = cli('check', []);
    expect(check.status, check.stdout).toBe(0);
    const file = path.join(contentDir, fileName);
    expect(check.stdout).toBe(
      [
        `${file}:4:14  warning: description: is still the placeholder of the template: write your own ` +
          '(found "Le chapeau : une ou deux phrases qui résument l’article.")',
        `${file}:10:1  warning: body: is still the placeholder of the template: write your own ` +
          '(found "Le texte de l’article.")',
        `✓ ${contentDir}: 0 errors, 2 warnings in 1 file (1 article ready to publish).`,
        '',
      ].join('\n'),
    );
  });

  it('stops warning once the editor has replaced the lead and the text', () => {
    expect(cli('new-article', [title]).status).toBe(0);
    const file = path.join(contentDir, fileName);
    const written = readFileSync(file, 'utf8')
      .replace(/^description: .*$/m, 'description: "Un vrai chapeau."')
      .replace('Le texte de l’article.', 'Un vrai premier paragraphe.');
    writeFileSync(file, written);
    const check = cli('check', []);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toBe(`✓ ${contentDir}: 1 article checked, no problems.\n`);
  });

  it('refuses to overwrite an existing article, and leaves it as it was', () => {
    expect(cli('new-article', [title]).status).toBe(0);
    const file = path.join(contentDir, fileName);
    // An editor has started writing: that text must survive a second `npm run new`.
    writeFileSync(file, readFileSync(file, 'utf8') + '\nUn paragraphe écrit par l’éditeur.\n');
    const written = readFileSync(file);

    const again = cli('new-article', [title]);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain(`${file} already exists: nothing was written.`);
    expect(readFileSync(file).equals(written)).toBe(true);
    expect(readdirSync(contentDir)).toEqual([fileName]);
  });

  it('refuses the same title written with other capitals and accents', () => {
    expect(cli('new-article', [title]).status).toBe(0);
    const written = readFileSync(path.join(contentDir, fileName));

    const again = cli('new-article', ["L'ETAT FRANÇAIS INVESTIT : 100 M€ ?"]);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(path.join(contentDir, fileName)).equals(written)).toBe(true);
    expect(readdirSync(contentDir)).toEqual([fileName]);
  });

  it('refuses a title whose file exists with other capitals in its name', () => {
    const existing = path.join(contentDir, 'Cisco-French-Tech.md');
    writeFileSync(existing, 'Le texte d’un éditeur.\n');

    const run = cli('new-article', ['Cisco French Tech']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${existing} already exists`);
    expect(readdirSync(contentDir)).toEqual(['Cisco-French-Tech.md']);
    expect(readFileSync(existing, 'utf8')).toBe('Le texte d’un éditeur.\n');
  });

  it.each([[[]], [['   ']]])('prints its usage and exits 2 without a title (arguments %j)', (args: string[]) => {
    const run = cli('new-article', args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run new -- "Titre de l’article"');
    expect(readdirSync(contentDir)).toEqual([]);
  });

  it('exits 2 when the title has nothing to make an address from', () => {
    const run = cli('new-article', ['?!…']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('has no letter or digit');
    expect(readdirSync(contentDir)).toEqual([]);
  });
});
