import { readFileSync, writeFileSync } from 'node:fs';
import {
  sitemapIndexOf,
  type CorrectionsPageData,
  type FrontPageData,
  type Route,
  type ShellData,
  type SiteModel,
  type SitemapEntry,
} from './pages';
import type { SiteSettings } from './settings';
import type { ArticleView, TeaserView } from './views';

/**
 * What `npm run build` hands Next's workers: the data of the pages they render, computed once by the
 * content step (pages.ts), and what every page shares. Bodies stay in the body store (its folder is
 * named here) and are read by the pages that show them. A build renders in batches, a snapshot each,
 * so that no worker ever holds the data of the whole archive.
 */
const SNAPSHOT_VERSION = 6;

/** What every page of a build shares, and the pages Next renders whatever it is asked (they have no params). */
export interface SharedData {
  builtAt: string;
  settings: SiteSettings;
  shell: ShellData;
  frontPage: FrontPageData;
  /** The first page of the site's corrections. */
  corrections: CorrectionsPageData;
  feed: ArticleView[];
  newsSitemap: TeaserView[];
  sitemapIndex: { part: string; lastModified?: string }[];
  /** The folder of the body store. */
  bodies: string;
}

/** What every page of a build made from `model` shares; `bodies` is the body store's folder. */
export function sharedData(model: SiteModel, bodies: string): SharedData {
  return {
    builtAt: model.at.toISOString(),
    settings: model.settings,
    shell: model.shell(),
    frontPage: model.frontPage(),
    corrections: model.correctionsPage()!,
    feed: model.feed(),
    newsSitemap: model.newsSitemap(),
    sitemapIndex: sitemapIndexOf(model.sitemapParts()),
    bodies,
  };
}

export interface StoredPage {
  route: Route;
  params: Record<string, string>;
  data: unknown;
}

export interface Snapshot {
  shared: SharedData;
  /** The pages of the dynamic routes this batch renders, by address. */
  pages: Record<string, StoredPage>;
}

/** A page as a snapshot stores it, in JSON: what a batch is measured by, then written with as it is. */
export function pageJson(page: StoredPage): string {
  return JSON.stringify(page);
}

/** Writes a snapshot of `pages`, each an address and its pageJson, serialized once. */
export function writeSnapshot(file: string, shared: SharedData, pages: readonly (readonly [string, string])[]): void {
  const entries = pages.map(([address, json]) => `${JSON.stringify(address)}:${json}`).join(',');
  writeFileSync(file, `{"version":${SNAPSHOT_VERSION},"shared":${JSON.stringify(shared)},"pages":{${entries}}}`);
}

export function readSnapshot(file: string): Snapshot {
  const stored = JSON.parse(readFileSync(file, 'utf8'), reviveDates) as Snapshot & { version: number };
  if (stored.version !== SNAPSHOT_VERSION) {
    throw new Error(`The content snapshot ${file} is from another version of Kiosque: run npm run build.`);
  }
  return stored;
}

/** Every date of the data is written as an ArticleDate, `{ instant, iso }`: its instant is a Date again. */
function reviveDates(key: string, value: unknown): unknown {
  return key === 'instant' && typeof value === 'string' ? new Date(value) : value;
}

export type { SitemapEntry };
