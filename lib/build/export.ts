import { readFileSync, rmdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { Parser } from 'htmlparser2';
import { PLACEHOLDER_SEGMENT } from '../static-params';
import { runChildStep, serveChildStep } from './child-step';
import { BuildError } from './errors';
import { filesUnder, inBatches } from './files';

/**
 * Turns Next's static export into the site readers get. No page has an interactive part, so Next's
 * client runtime (chunk scripts, the inline RSC payload, its bootstrap, script preloads) and the
 * `.txt` RSC files are pure cost: they are removed, and the HTML keeps only the JSON-LD data blocks
 * (and, on the search page alone, the search's own scripts).
 *
 * Removing the runtime is only right while no page renders a client component, whose HTML would
 * then never come alive: checkClientComponents() fails the build, naming the page and the module.
 */

/** Client modules that Next itself puts on every App Router page; they only matter to its client runtime. */
const FRAMEWORK_CLIENT_MODULE =
  /\/node_modules\/next\/dist\/(?:esm\/)?(?:client\/components|lib\/framework|lib\/metadata)\//;

export function checkClientComponents(nextBuildDir: string): void {
  const problems: string[] = [];
  const appDir = path.join(nextBuildDir, 'server/app');
  for (const file of filesUnder(appDir).filter((name) => name.endsWith('_client-reference-manifest.js'))) {
    const sandbox: { __RSC_MANIFEST?: Record<string, { clientModules?: Record<string, unknown> }> } = {};
    runInNewContext(readFileSync(file, 'utf8'), { globalThis: sandbox, self: sandbox });
    for (const [entry, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
      for (const clientModule of Object.keys(manifest.clientModules ?? {})) {
        if (FRAMEWORK_CLIENT_MODULE.test(clientModule)) continue;
        problems.push(
          `${routeOf(entry)} renders the client component ${clientModule.replace(/^\[project\]\//, '').replace(/ <.*>$/, '')}:` +
            ' reading pages ship no JavaScript, so it would never run. Make it a server component (no "use client",' +
            ' no next/link or next/image: plain <a> and <img>), or give the page a script of its own on purpose.',
        );
      }
    }
  }
  if (problems.length > 0) throw new BuildError([...new Set(problems)]);
}

/** `/(article)/articles/[slug]/page` → `/articles/[slug]`. */
function routeOf(entry: string): string {
  return entry.replace(/\/\([^/]+\)/g, '').replace(/\/(page|route)$/, '') || '/';
}

export interface ExportSummary {
  pages: number;
}

/**
 * finishExport in a process of its own: reading and rewriting every page leaves garbage (200 MB at
 * 10,000 articles) that would otherwise sit in the build's process while Pagefind builds its index,
 * the moment the build needs the most memory.
 */
export function finishExportApart(exportDir: string): Promise<ExportSummary> {
  return runChildStep(import.meta.url, exportDir);
}

serveChildStep(import.meta.url, finishExport);

export async function finishExport(exportDir: string): Promise<ExportSummary> {
  const files = filesUnder(exportDir);
  const html = new Set(files.filter((file) => file.endsWith('.html')));
  const isUnused = (file: string) => {
    const name = path.relative(exportDir, file).split(path.sep).join('/');
    return (
      name.includes(PLACEHOLDER_SEGMENT) ||
      // Next's own not-found route; the site's is 404.html.
      /^_not-found(\.|\/)/.test(name) ||
      // RSC payloads: `__next.*.txt` beside each page, and `<page>.txt` next to `<page>.html`.
      /(^|\/)__next\.[^/]*\.txt$/.test(name) ||
      (name.endsWith('.txt') && html.has(file.slice(0, -'.txt'.length) + '.html')) ||
      // The client runtime itself, once no page refers to it.
      /^_next\/static\/chunks\/.*\.js$/.test(name) ||
      /^_next\/static\/(?!chunks\/|media\/)[^/]+\//.test(name)
    );
  };
  const unused = new Set(files.filter(isUnused));
  const pages = [...html].filter((file) => !unused.has(file));
  // Thousands of small files: the file system works on several at once while a page is parsed.
  await inBatches([...pages, ...unused], async (file) =>
    unused.has(file) ? rm(file, { force: true }) : writeFile(file, withoutClientRuntime(await readFile(file, 'utf8'))),
  );
  removeEmptyDirectories(exportDir);
  return { pages: pages.length };
}

/**
 * The page's HTML without the elements that only feed Next's client runtime, everything else byte for
 * byte: htmlparser2 tokenizes the page (script contents included, as a browser does) and gives each
 * element's position, and those ranges are cut out of the original text.
 */
export function withoutClientRuntime(html: string): string {
  const cuts: [number, number][] = [];
  let scriptStart: number | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
      const type = (attributes.type ?? '').toLowerCase();
      // Next's scripts: its chunks, and every inline script but the JSON-LD data blocks. A script of the
      // page's own (the search page's) is kept.
      const isNexts =
        attributes.src === undefined ? type !== 'application/ld+json' : attributes.src.startsWith('/_next/');
      if (name === 'script' && isNexts) scriptStart = parser.startIndex;
      else if (
        name === 'link' &&
        (rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script'))
      )
        cuts.push([parser.startIndex, parser.endIndex + 1]);
      // next/font's marker for its own client code.
      else if (name === 'meta' && attributes.name === 'next-size-adjust')
        cuts.push([parser.startIndex, parser.endIndex + 1]);
    },
    onclosetag(name) {
      if (name === 'script' && scriptStart !== undefined) {
        cuts.push([scriptStart, parser.endIndex + 1]);
        scriptStart = undefined;
      }
    },
  });
  parser.end(html);
  let kept = '';
  let from = 0;
  for (const [start, end] of cuts) {
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}

function removeEmptyDirectories(directory: string): void {
  for (const file of filesUnder(directory, { directories: true }).reverse()) {
    try {
      rmdirSync(file);
    } catch {
      // Not empty, or a file.
    }
  }
}
