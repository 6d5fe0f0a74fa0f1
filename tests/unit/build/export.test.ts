import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildError } from '@/lib/build/errors';
import { checkClientComponents, finishExport, withoutClientRuntime } from '@/lib/build/export';
import { filesUnder } from '@/lib/build/files';

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

describe('finishExport', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('strips the pages and deletes the files only the client runtime reads', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'kiosque-export-'));
    const exportDir = path.join(root, 'export');
    const files: Record<string, string> = {
      'index.html': nextPage,
      'index.txt': '0:"$L1"',
      '__next.__PAGE__.txt': '0:"$L1"',
      'articles/un-article.html': nextPage,
      'articles/un-article.txt': '0:"$L1"',
      'articles/un-article/__next.articles.$d$slug.__PAGE__.txt': '0:"$L1"',
      'feed.xml': '<rss/>',
      'robots.txt': 'User-agent: *',
      '_next/static/chunks/1b.js': 'self.x=1',
      '_next/static/chunks/0a.css': 'body{}',
      '_next/static/build-id/_buildManifest.js': 'self.y=1',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(exportDir, name)), { recursive: true });
      writeFileSync(path.join(exportDir, name), text);
    }

    expect(await finishExport(exportDir)).toEqual({ pages: 2 });

    const kept = filesUnder(exportDir).map((file) => path.relative(exportDir, file));
    expect(kept.sort()).toEqual([
      '_next/static/chunks/0a.css',
      'articles/un-article.html',
      'feed.xml',
      'index.html',
      'robots.txt',
    ]);
    expect(readFileSync(path.join(exportDir, 'index.html'), 'utf8')).toBe(withoutClientRuntime(nextPage));
    expect(existsSync(path.join(exportDir, 'articles/un-article'))).toBe(false);
  });
});
