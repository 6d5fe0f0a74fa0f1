import { z } from 'zod';
import { SITE_TIME_ZONE } from '../text/dates';
import { problem, type Problem } from '../text/problems';
import { tagSlug, type Facet } from '../text/slugs';
import { count, email, fieldsOf, isText, language, list, nearest, says, text, validate, withDefault } from './contract';
import { parseYamlFields, type YamlFields } from './yaml';

/**
 * The site's settings, in a file editors own: `site.yml` in the content folder. Every field has a
 * default, so a folder without the file is a site too; every mistake in it is reported with its line,
 * like an article's.
 */
export const SETTINGS_FILE = 'site.yml';

/** Where the site is published when neither SITE_URL nor the settings say: only right on this machine. */
export const LOCAL_URL = 'http://localhost:3000';

const DEFAULTS = {
  name: 'Kiosque',
  tagline: 'L’actualité, l’économie et le numérique, chaque jour',
  description: 'Kiosque, un journal en ligne : actualité, économie et numérique, publiés depuis des fichiers Markdown.',
  lang: 'fr',
  newsroom: 'La rédaction',
  contact: 'redaction@kiosque.example',
  sections: ['Économie', 'Politique', 'International', 'Culture', 'Tech'],
  types: {
    Actualité: 'news',
    Brève: 'brief',
    Analyse: 'analysis',
    Enquête: 'reportage',
    Reportage: 'reportage',
    Entretien: 'interview',
    Tribune: 'opinion',
    Éditorial: 'opinion',
  } as Record<string, ArticleKind>,
  pageSize: 20,
  feedSize: 50,
};

/**
 * What an article is, whatever the newsroom calls it: the kind decides what readers and search engines
 * are told (an opinion is set apart and is an OpinionNewsArticle; a brief runs in the front page's
 * "En continu").
 */
export const ARTICLE_KINDS = [
  'news',
  'brief',
  'analysis',
  'reportage',
  'interview',
  'opinion',
  'background',
  'review',
] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** A type of article of the site's list: its name (Tribune), its address and its kind (opinion). */
export interface ArticleType extends Facet {
  kind: ArticleKind;
}

const webAddress = z
  .custom<string>(isText, says('has the wrong type', { expected: 'an address such as https://journal.example' }))
  .transform((value, context) => {
    const base = publicBase(value);
    if (base) return base;
    const params = { expected: 'an address such as https://journal.example, with https:// and no ? or #' };
    context.addIssue({ code: 'custom', message: 'is not a web address the site can be published at', params });
    return z.NEVER;
  });

/** The rubriques, each with its own address: two that would share one are told apart by the editor. */
const sections = list('a list such as [Économie, Politique]').superRefine((names, context) => {
  const seen = new Map<string, string>();
  names.forEach((name, index) => {
    const slug = tagSlug(name);
    const other = seen.get(slug);
    if (slug === '' || other !== undefined) {
      const message = slug === '' ? 'has no letter or digit' : `gives the same address as \`${other}\``;
      context.addIssue({
        code: 'custom',
        path: [index],
        message,
        params: { expected: 'rubriques with distinct names' },
      });
    }
    seen.set(slug, name);
  });
});

/** `Tribune: opinion`: each type the newsroom uses, with its kind; the order is the one editors read. */
const types = z
  .custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    says('has the wrong type', { expected: 'lines such as `Tribune: opinion`' }),
  )
  .transform((value, context): Record<string, ArticleKind> => {
    const seen = new Map<string, string>();
    const result: Record<string, ArticleKind> = {};
    for (const [name, kind] of Object.entries(value)) {
      const slug = tagSlug(name);
      const other = seen.get(slug);
      const expected = `one of the kinds ${ARTICLE_KINDS.join(', ')}`;
      if (slug === '' || other !== undefined) {
        const message = slug === '' ? 'has no letter or digit' : `gives the same address as \`${other}\``;
        context.addIssue({
          code: 'custom',
          path: [name],
          message,
          params: { expected: 'types with distinct names', at: 'key' },
        });
      } else if (typeof kind !== 'string' || !(ARTICLE_KINDS as readonly string[]).includes(kind)) {
        const suggestion = typeof kind === 'string' ? nearest(kind, ARTICLE_KINDS) : undefined;
        const message = `is not a kind of article${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
        context.addIssue({ code: 'custom', path: [name], message, params: { expected } });
      } else result[name] = kind as ArticleKind;
      seen.set(slug, name);
    }
    return result;
  });

const shape = {
  name: withDefault(text('the newspaper’s name'), DEFAULTS.name),
  tagline: withDefault(text('a line under the name'), DEFAULTS.tagline),
  description: withDefault(text('a sentence that says what the site is'), DEFAULTS.description),
  url: withDefault(webAddress, undefined),
  lang: withDefault(language, DEFAULTS.lang),
  newsroom: withDefault(text('the byline of articles without an author'), DEFAULTS.newsroom),
  contact: withDefault(email, DEFAULTS.contact),
  sections: withDefault(sections, DEFAULTS.sections),
  types: withDefault(types, DEFAULTS.types),
  footer: withDefault(list('a list of pages such as [a-propos, contact]'), []),
  pageSize: withDefault(count(5, 100), DEFAULTS.pageSize),
  feedSize: withDefault(count(1, 500), DEFAULTS.feedSize),
};

const settingsSchema = fieldsOf(shape, 'is not a setting of the site');

export const SETTING_NAMES = Object.keys(shape);

type Written = z.output<typeof settingsSchema>;

export interface SiteSettings extends Omit<Written, 'url' | 'sections' | 'types'> {
  /** The address the site is published at, without a final slash: SITE_URL, else the settings' `url`, else LOCAL_URL. */
  url: string;
  /** Whether that address is one readers can reach (not this machine's). */
  publicUrl: boolean;
  /** The rubriques, in the order of the navigation bar, each with its address. */
  sections: Facet[];
  /** The types of article editors may give (`type: Tribune`), in the settings' order. */
  types: ArticleType[];
  timeZone: string;
  /** The organization that publishes the site, for structured data and feeds. */
  publisher: { name: string; logo: { path: string; width: number; height: number } };
  /** Google News only wants articles from the last two days. */
  newsSitemapWindowHours: number;
}

/** The settings of a site whose file says nothing (or does not exist). */
export function defaultSettings(env: Environment = process.env): SiteSettings {
  return resolve(settingsSchema.parse(Object.create(null)), env);
}

type Environment = Record<string, string | undefined>;

/**
 * The settings written in `text` (the content of `file`), every problem reported; the defaults where
 * the file is silent. A file with an error gives the defaults and its problems. `fields` tells where
 * each setting is written, for what is checked against the rest of the folder (the footer's pages).
 */
export function parseSettings(
  text: string | undefined,
  file: string,
  env: Environment = process.env,
): { settings: SiteSettings; problems: Problem[]; fields?: YamlFields } {
  if (text === undefined || text.trim() === '') return { settings: defaultSettings(env), problems: [] };
  const yaml = parseYamlFields(text, file, SETTINGS_FILE);
  if (!yaml.ok) return { settings: defaultSettings(env), problems: yaml.problems };
  const { value, problems } = validate(settingsSchema, yaml.fields, file);
  const siteUrl = env.SITE_URL;
  if (siteUrl !== undefined && siteUrl !== '' && !publicBase(siteUrl)) {
    problems.push(
      problem({
        file: 'SITE_URL',
        subject: 'SITE_URL',
        message: 'is not a web address the site can be published at',
        expected: 'an address such as https://journal.example',
        found: JSON.stringify(siteUrl),
      }),
    );
  }
  return { settings: value ? resolve(value, env) : defaultSettings(env), problems, fields: yaml.fields };
}

function resolve(written: Written, env: Environment): SiteSettings {
  const fromEnvironment = env.SITE_URL ? publicBase(env.SITE_URL) : undefined;
  const url = fromEnvironment ?? written.url ?? LOCAL_URL;
  return {
    ...written,
    url,
    publicUrl: !isLocal(url),
    sections: written.sections.map((name) => ({ name, slug: tagSlug(name) })),
    types: Object.entries(written.types).map(([name, kind]) => ({ name, slug: tagSlug(name), kind })),
    timeZone: SITE_TIME_ZONE,
    publisher: { name: written.name, logo: { path: '/logo.png', width: 512, height: 512 } },
    newsSitemapWindowHours: 48,
  };
}

/** `https://example.org/journal/` → `https://example.org/journal`; undefined for what cannot be a site's address. */
function publicBase(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username)
    return undefined;
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function isLocal(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\.|^\[::1\]$|^0\.0\.0\.0$/.test(hostname);
}

/** `path` on the site at `base` (a settings' `url`): `/articles/x` → `https://example.org/articles/x`. */
export function absoluteUrlOn(base: string, path: string): string {
  return new URL(path, base + '/').toString();
}
