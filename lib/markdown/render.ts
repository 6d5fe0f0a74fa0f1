import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkHtml from 'remark-html';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { remarkDateline } from './dateline';
import { remarkInlineReferences } from './definitions';
import { remarkRejectUnknownDirectives } from './directives';
import { remarkDemoteTitleHeadings } from './headings';
import { remarkLocalImages, remarkPhotoCaptions } from './images';
import { remarkUntrustedLinks } from './links';
import { markdownLimitProblem, NESTING_PROBLEM, treeDepthProblem } from './limits';
import { reportError } from './problems';
import { remarkQuotes } from './quotes';
import { remarkCollectReferences, type PhotoOf, type SiteReference } from './references';
import { remarkRejectRawHtml } from './raw-html';
import { sanitizeSchema } from './sanitize-schema';
import { remarkTweets } from './tweets';
import { remarkTypography } from './typography';
import { compareProblems, problem, shifted, shorten, type Problem } from '../text/problems';

export interface RenderOptions {
  /** The article's language: its typography rules, and dates in tweet cards, follow it. */
  lang: string;
  /** The file the Markdown comes from, as the editor knows it; named in every problem. */
  file: string;
  /** The file line the Markdown starts on (after the front matter), so problems point at the file's own lines. */
  firstLine?: number;
  /** Tells the markup of a photo of the site (its derived files and size); rendering itself reads no file. */
  photo?: PhotoOf;
  /** Where the story was filed (`PARIS`): it opens the first paragraph. */
  dateline?: string;
}

export interface RenderResult {
  html: string;
  problems: Problem[];
  /** Links and images pointing inside the site, at the file's own line numbers. */
  references: SiteReference[];
}

const processor = remark()
  .use(remarkDirective)
  .use(remarkInlineReferences)
  .use(remarkTweets)
  .use(remarkRejectRawHtml)
  .use(remarkQuotes)
  .use(remarkRejectUnknownDirectives)
  .use(remarkLocalImages)
  .use(remarkPhotoCaptions)
  .use(remarkUntrustedLinks)
  .use(remarkDemoteTitleHeadings)
  .use(remarkCollectReferences)
  .use(remarkTypography)
  .use(remarkDateline)
  .use(remarkHtml, { sanitize: sanitizeSchema })
  .freeze();

/**
 * Markdown → sanitized HTML, a pure function: the same text and options always give the same HTML and
 * problems. Text past the limits of limits.ts is refused before it is parsed, and gives no HTML.
 */
export function renderMarkdown(
  markdown: string,
  { lang, file, firstLine = 1, photo, dateline }: RenderOptions,
): RenderResult {
  const toFileLine = (line: number | undefined) => (line === undefined ? undefined : line + firstLine - 1);
  const limit = markdownLimitProblem(markdown);
  if (limit) return { html: '', problems: [problem({ file, ...limit, line: toFileLine(limit.line) })], references: [] };

  const vfile = new VFile({ value: markdown, path: file, data: { lang, photo, dateline } });
  const tree = processor.parse(vfile);
  const tooDeep = treeDepthProblem(tree);
  if (tooDeep) {
    const { subject, message, expected } = NESTING_PROBLEM;
    reportError(vfile, tooDeep.node, subject, message, {
      expected,
      found: shorten(sourceLine(markdown, tooDeep.node), 50),
    });
  }
  // Every plugin changes the tree in place, so it is the tree to serialize once they have run.
  if (!tooDeep) processor.runSync(tree, vfile);
  const html = tooDeep ? '' : processor.stringify(tree, vfile);
  const problems = vfile.messages.map((message) => shifted(message, file, firstLine - 1));
  const references = (vfile.data.references ?? []).map((reference) => ({
    ...reference,
    line: toFileLine(reference.line),
  }));
  return { html, problems: problems.sort(compareProblems), references };
}

function sourceLine(markdown: string, node: Node): string {
  const line = node.position?.start.line;
  return line === undefined ? '' : (markdown.split('\n', line)[line - 1] ?? '');
}
