import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';

/**
 * `npm run build` (lib/cli/build.ts) runs `next build` as one step of its own: Next renders every
 * page into a static export (KIOSQUE_EXPORT_DIR), which Kiosque then finishes and publishes as out/.
 * `next dev` is Next's live preview, unchanged.
 */
export default function nextConfig(phase: string): NextConfig {
  const building = phase === PHASE_PRODUCTION_BUILD;
  return {
    ...(building
      ? {
          output: 'export',
          distDir: process.env.KIOSQUE_EXPORT_DIR || 'out',
          // No source maps in the build: nothing reads them (the pages ship no script, and an editor's
          // mistakes are reported before Next runs), and writing them, then loading them into every
          // rendering worker, cost half a second of each build. next dev keeps them.
          enablePrerenderSourceMaps: false,
        }
      : // A test's `next dev` keeps to its own folder, apart from a developer's.
        { distDir: process.env.KIOSQUE_DIST_DIR || '.next' }),
    poweredByHeader: false,
    reactStrictMode: true,
    // The content pipeline (Markdown, YAML, the front-matter schema, typography) runs from node_modules
    // as Node loads it: bundling it into every page's server code doubled the compile of each build.
    serverExternalPackages: [
      'fastest-levenshtein',
      'gray-matter',
      'hast-util-from-html',
      'hast-util-sanitize',
      'hastscript',
      'image-size',
      'mdast-util-to-string',
      'remark',
      'remark-directive',
      'remark-html',
      'typograf',
      'unist-util-visit',
      'vfile',
      'yaml',
      'zod',
    ],
    // `npm test` type-checks the project; building the site from new content does not do it again.
    typescript: { ignoreBuildErrors: true },
    experimental: {
      // Articles and the rest of the site have different root layouts (`<html lang>` follows the
      // article), so unmatched URLs need a 404 page of their own.
      globalNotFound: true,
      // Prefetch inlining measures each page's segments gzipped to bundle the small ones for the
      // client router, which reading pages do not ship: a fifth of the render's CPU, for nothing.
      prefetchInlining: false,
      ...(building && { turbopackSourceMaps: false, turbopackInputSourceMaps: false }),
      // Every core renders pages (Next keeps one for itself by default).
      cpus: availableParallelism(),
    },
  };
}
