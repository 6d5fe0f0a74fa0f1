import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { formatProblem } from '@/lib/text/problems';
import type { Article } from '@/lib/content/article';
import { loadContent } from '@/lib/content/load';

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away content folder holding `files` (name → text or bytes), removed after the test. */
export function contentFolder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-content-'));
  created.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** A folder's articles, and every message as the editor reads it, with the folder shown as `content/`. */
export function loadAsEditor(dir: string): { articles: Article[]; problems: string[] } {
  const { articles, problems } = loadContent(dir);
  return { articles, problems: problems.map((d) => formatProblem(d).replaceAll(dir, 'content')) };
}

export const VALID_FRONT_MATTER = `---
title: "Un titre"
date: 2015-02-16T18:00:00+01:00
description: "Le chapeau."
---
`;

/** A minimal valid article; `extra` is more front matter, before the closing `---`. */
export function articleText(title: string, date = '2015-02-16', extra = ''): string {
  return `---\ntitle: "${title}"\ndate: ${date}\ndescription: "x"\n${extra}---\nTexte.\n`;
}
