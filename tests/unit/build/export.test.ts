import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildError } from '@/lib/build/errors';
import { checkClientComponents, withoutClientRuntime } from '@/lib/build/export';

/** The shape of a page as Next 16 exports it: chunk scripts, script preloads, its bootstrap and RSC payload. */
const nextPage = [
  '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/0a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/1c.js"/>',
  '<script src="/_next/static/chunks/2c.js" async=""></script>',
  '<meta name="description" content="« Un chapeau » &amp; <script> écrit"/>',
  '<meta name="next-size-adjust" content=""/>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script></head>',
  '<body><main><h1>Titre</h1><p>Un texte qui parle de &lt;script&gt;.</p></main>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\u003c/script\\u003e"}</script>',
  '<script id="_R_">(globalThis.TURBOPACK||[]).push({"otherChunks":["static/chunks/1b.js"]});</script>',
  '<script>self.__next_f.push([1,"0:\\"$L1\\"\\n<\\/div>"])</script>',
  '</body></html>',
].join('');

describe('withoutClientRuntime', () => {
  it('keeps the page byte for byte, minus the scripts, the script preloads and next/font’s marker', () => {
    expect(withoutClientRuntime(nextPage)).toBe(
      [
        '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>',
        '<link rel="stylesheet" href="/_next/static/chunks/0a.css" data-precedence="next"/>',
        '<meta name="description" content="« Un chapeau » &amp; <script> écrit"/>',
        '</head>',
        '<body><main><h1>Titre</h1><p>Un texte qui parle de &lt;script&gt;.</p></main>',
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\u003c/script\\u003e"}</script>',
        '</body></html>',
      ].join(''),
    );
  });
});

describe('checkClientComponents', () => {
  let buildDir: string;
  afterEach(() => rmSync(buildDir, { recursive: true, force: true }));

  /** A client reference manifest as Next 16 writes it beside each page. */
  function manifest(route: string, modules: string[]): void {
    const directory = path.join(buildDir, 'server/app', route);
    mkdirSync(directory, { recursive: true });
    const clientModules = Object.fromEntries(
      modules.map((name, id) => [name, { id, name: '*', chunks: [], async: false }]),
    );
    writeFileSync(
      path.join(directory, 'page_client-reference-manifest.js'),
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(`/${route}/page`)}] = ${JSON.stringify({ clientModules })};\n`,
    );
  }
  const framework = [
    '[project]/node_modules/next/dist/esm/client/components/layout-router.js',
    '[project]/node_modules/next/dist/esm/lib/framework/boundary-components.js',
    '[project]/node_modules/next/dist/esm/lib/metadata/generate/icon-mark.js',
    '[project]/node_modules/next/dist/client/components/builtin/global-error.js',
  ];

  it('accepts pages that only carry Next’s own framework modules', () => {
    buildDir = mkdtempSync(path.join(tmpdir(), 'kiosque-next-'));
    manifest('(article)/articles/[slug]', framework);
    expect(() => checkClientComponents(buildDir)).not.toThrow();
  });

  it('names the page and the module when a page renders a client component, next/link included', () => {
    buildDir = mkdtempSync(path.join(tmpdir(), 'kiosque-next-'));
    manifest('(article)/articles/[slug]', [...framework, '[project]/components/share-button.tsx <module evaluation>']);
    manifest('(site)/tags/[tag]', [...framework, '[project]/node_modules/next/dist/esm/client/app-dir/link.js']);
    let error: unknown;
    try {
      checkClientComponents(buildDir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BuildError);
    const problems = (error as BuildError).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^\/articles\/\[slug\] renders the client component components\/share-button\.tsx: reading pages ship no JavaScript/,
    );
    expect(problems[1]).toMatch(
      /^\/tags\/\[tag\] renders the client component node_modules\/next\/dist\/esm\/client\/app-dir\/link\.js:/,
    );
  });
});
