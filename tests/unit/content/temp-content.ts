import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { formatProblem } from '@/lib/text/problems';
import { plainPhoto } from '../../fixtures/photos';
import { revisionOf, type Article } from '@/lib/content/article';
import { Catalog } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { SiteModel } from '@/lib/content/pages';

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away content folder holding `files` (name, such as `images/x.jpg` or `pages/a-propos.md`, → text or bytes), removed after the test file. */
export function contentFolder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-content-'));
  created.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A JPEG photo of `width` × `height` pixels, for a content folder's images/. */
export const photo = plainPhoto;

/** A folder's articles, and every message as the editor reads it, with the folder shown as `content/`. */
export function loadAsEditor(dir: string) {
  const report = loadContent(dir);
  return { ...report, problems: report.problems.map((d) => formatProblem(d).replaceAll(dir, 'content')) };
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

/**
 * The site a folder makes at `at`, as a build makes it: its published articles in a catalog, every
 * page's data from the model, and where the bodies are.
 */
export function siteOf(dir: string, at: Date = new Date()) {
  const report = loadContent(dir, { at });
  const published = report.articles.filter((article) => article.status === 'published');
  const catalog = new Catalog(published, report.settings.pageSize, report.settings.sections);
  return { ...report, catalog, model: new SiteModel(report.settings, catalog, report.desk, at, report.paper) };
}

/** An article as the content step makes it, published on day `day` of 2015 with `tags`; `extra` overrides fields. */
export function testArticle(slug: string, day: number, tags: string[] = [], extra: Partial<Article> = {}): Article {
  const instant = new Date(Date.UTC(2015, 0, day, 12));
  const article: Omit<Article, 'revision'> = {
    slug,
    title: slug,
    date: { instant, iso: instant.toISOString().replace('Z', '+00:00').replace('.000', '') },
    authors: ['La rédaction'],
    lang: 'fr',
    draft: false,
    file: `content/${slug}.md`,
    tags: tags.map((name) => ({ name, slug: name.toLowerCase() })),
    body: `body-of-${slug}`,
    words: 300,
    status: 'published',
    updated: undefined,
    description: undefined,
    image: undefined,
    section: undefined,
    type: undefined,
    photos: [],
    corrections: [],
    dateline: undefined,
    ...extra,
  };
  return { ...article, revision: revisionOf(article) };
}
