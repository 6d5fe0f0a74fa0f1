/**
 * The layers of the code, kept by `npm run lint`: each floor imports only the floors below it.
 *
 *   lib/text, lib/paths        words, dates, slugs, problems, typography; every address (pure)
 *   lib/markdown, lib/media    Markdown → HTML; photos (probe, variants) — both on lib/text alone
 *   lib/content                the files editors write: read, checked, indexed, handed to pages
 *   lib/seo … lib/share-image  what pages and crawlers get, made from the content
 *   lib/server, lib/build      serving out/; building it
 *   lib/cli                    the npm commands
 *   components, app            the pages, on lib (never on the build, the server or the commands)
 */
const PRESENTATION = '^lib/(seo|structured-data|feeds|sitemaps|xml|static-params)\\.ts$|^lib/share-image/';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'text-is-the-lowest-floor',
      comment: 'lib/text imports nothing else of the project.',
      severity: 'error',
      from: { path: '^lib/text/' },
      to: { path: '^(lib/(?!text/)|components/|app/)' },
    },
    {
      name: 'paths-are-pure',
      severity: 'error',
      from: { path: '^lib/paths\\.ts$' },
      to: { path: '^(lib|components|app)/' },
    },
    {
      name: 'markdown-and-media-stand-on-text',
      comment: 'A Markdown plugin or the photo engine imports only lib/text (and its own folder).',
      severity: 'error',
      from: { path: '^lib/(markdown|media)/' },
      to: { path: '^(lib/(?!text/|markdown/|media/|paths\\.ts)|components/|app/)' },
    },
    {
      name: 'content-below-presentation',
      severity: 'error',
      from: { path: '^lib/content/' },
      to: { path: `${PRESENTATION}|^lib/(build|server|cli)/|^(components|app)/` },
    },
    {
      name: 'presentation-below-build',
      severity: 'error',
      from: { path: PRESENTATION },
      to: { path: '^lib/(build|cli)/|^(components|app)/' },
    },
    {
      name: 'server-apart',
      comment: 'Serving out/ needs nothing of the content or the build.',
      severity: 'error',
      from: { path: '^lib/server/' },
      to: { path: '^lib/(content|build|cli)/|^(components|app)/' },
    },
    {
      name: 'build-below-cli',
      severity: 'error',
      from: { path: '^lib/build/' },
      to: { path: '^lib/cli/|^(components|app)/' },
    },
    {
      name: 'pages-never-build',
      comment: 'Components and routes read lib; they never run the build or the commands.',
      severity: 'error',
      from: { path: '^(components|app)/' },
      to: { path: '^lib/(build|cli)/' },
    },
    { name: 'components-below-app', severity: 'error', from: { path: '^components/' }, to: { path: '^app/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|\\.e2e|out|tests)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
