import { z } from 'zod';
import type { SiteReference } from '../markdown/references';
import { paperPagePath, RESERVED_SEGMENTS } from '../paths';
import type { ArticleDate } from '../text/dates';
import { isError, problem, type Problem } from '../text/problems';
import { isSlug, slugify } from '../text/slugs';
import type { AuthorProfile } from './profiles';
import {
  boolean,
  date,
  fieldsOf,
  isText,
  language,
  list,
  nearest,
  oneOf,
  required,
  text,
  withDefault,
} from './contract';
import { madeOnceFor, readMarkdownFile, type FileContext } from './markdown-file';
import type { PhotoSource } from '../media/variants';
import type { SiteSettings } from './settings';
import type { SourceFile } from './source';
import type { Position } from './yaml';

/**
 * A page of the paper itself: `pages/<slug>.md` in the content folder (À propos, Charte déontologique,
 * Politique de corrections, Contact, Mentions légales…), published at `/<slug>`, written and checked
 * as an article is. Its front matter says whether the footer links to it, and which of the paper's
 * policies it is, so that search engines are pointed to it.
 */
export interface PaperPage {
  slug: string;
  file: string;
  title: string;
  description?: string;
  lang: string;
  /** When the page last changed, if the editor says: shown under its title, and in the sitemap. */
  updated?: ArticleDate;
  footer: boolean;
  policies: Policy[];
  /** The rendered body, by its key in the body store. */
  body: string;
  /** The photos of its body: the build derives their files. */
  photos: PhotoSource[];
}

/** What the paper says of itself beside its articles: its authors' profiles and its own pages. */
export interface PaperFiles {
  profiles: readonly AuthorProfile[];
  pages: readonly PaperPage[];
  /** The pages the footer links to, in order, by slug. */
  footer: readonly string[];
  /** The page of each policy the paper has, by slug. */
  policies: Partial<Record<Policy, string>>;
}

export const NO_PAPER_FILES: PaperFiles = { profiles: [], pages: [], footer: [], policies: {} };

/**
 * What a page of the paper may be, as schema.org names it on a NewsMediaOrganization (Google News and
 * the Trust Project read these): the page is then named in every page's structured data.
 */
export const POLICIES = [
  'publishingPrinciples',
  'ethicsPolicy',
  'correctionsPolicy',
  'masthead',
  'actionableFeedbackPolicy',
  'ownershipFundingInfo',
  'diversityPolicy',
  'unnamedSourcesPolicy',
  'verificationFactCheckingPolicy',
  'missionCoveragePrioritiesPolicy',
  'noBylinesPolicy',
] as const;
export type Policy = (typeof POLICIES)[number];

const POLICY_EXPECTATION = `one of ${POLICIES.join(', ')}`;
const onePolicy = oneOf(
  POLICIES,
  (name) => name.toLowerCase(),
  'is not a policy search engines know',
  POLICY_EXPECTATION,
) as z.ZodType<Policy, string>;

/** `policy: ethicsPolicy` or `policy: [publishingPrinciples, ethicsPolicy]`. */
const policies = z.unknown().transform((value, context): Policy[] => {
  const result = isText(value)
    ? onePolicy.transform((policy) => [policy]).safeParse(value)
    : list(`${POLICY_EXPECTATION}, or a list of them`).pipe(z.array(onePolicy)).safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) context.addIssue({ ...issue });
  return z.NEVER;
});

const pageSchema = madeOnceFor((settings: SiteSettings) =>
  fieldsOf(
    {
      title: required(text()),
      description: withDefault(text(), undefined),
      lang: withDefault(language, settings.lang),
      updated: withDefault(date, undefined),
      footer: withDefault(boolean, false),
      policy: withDefault(policies, []),
    },
    'is not a field of a page',
  ),
);

export interface ReadPage {
  page?: PaperPage;
  /** Where the page's `policy` is written, to tell a policy two pages claim. */
  policyAt?: Position;
  problems: Problem[];
  references: SiteReference[];
}

/** Reads and checks `pages/<slug>.md`; its body goes into `bodies`. */
export function readPaperPage(file: SourceFile, context: FileContext): ReadPage {
  const { fields, frontMatter, html, problems, references, photos } = readMarkdownFile(
    file,
    pageSchema(context.settings),
    context,
  );
  problems.push(...addressProblems(file));
  if (frontMatter && !fields?.description && !problems.some(isError)) {
    problems.push(
      problem({
        severity: 'warning',
        file: file.name,
        ...frontMatter.locate(['description']),
        subject: 'description',
        message: 'is missing: it is what search engines show of the page',
        expected: 'a sentence that says what the page holds',
      }),
    );
  }
  if (!fields || !frontMatter || problems.some(isError)) return { problems, references };
  const { policy, description, updated, ...rest } = fields;
  return {
    page: {
      ...rest,
      ...(description !== undefined && { description }),
      ...(updated !== undefined && { updated }),
      slug: file.stem,
      file: file.name,
      policies: [...new Set(policy)],
      body: context.bodies.put(html),
      photos: photos.used,
    },
    policyAt: frontMatter.locate(['policy']),
    problems,
    references,
  };
}

/** A page is at the top of the site: its name must make an address, and not one the site has already. */
function addressProblems(file: SourceFile): Problem[] {
  const at = { file: file.name, subject: 'file name', found: `${file.stem}.md` };
  if (!isSlug(file.stem)) {
    const suggestion = slugify(file.stem) || 'a-propos';
    return [
      problem({
        ...at,
        message: 'is not a valid slug: it becomes the page’s address',
        expected: `lowercase letters, digits and hyphens, such as ${suggestion}.md`,
      }),
    ];
  }
  if (RESERVED_SEGMENTS.has(file.stem)) {
    return [
      problem({
        ...at,
        message: `gives the address ${paperPagePath(file.stem)}, which the site uses for its own pages`,
        expected: `another name than ${[...RESERVED_SEGMENTS].join(', ')}`,
      }),
    ];
  }
  return [];
}

/**
 * The pages the footer links to: those the settings' `footer` names, in that order, then the other
 * pages that ask for it (`footer: true`), by title. A name of the settings that is no page is an error
 * at its line of site.yml, with the nearest page's name.
 */
export function footerPages(
  pages: readonly PaperPage[],
  order: readonly string[],
  /** The settings' file, and the name of every file of pages/ (one with an error is told as such). */
  { file: settingsFile, stems }: { file: string; stems: ReadonlySet<string> },
  locate: (index: number) => Position,
): { footer: PaperPage[]; problems: Problem[] } {
  const bySlug = new Map(pages.map((page) => [page.slug, page]));
  const problems: Problem[] = [];
  const listed = order.flatMap((written, index) => {
    const slug = written.replace(/^\/|^pages\/|\.md$/g, '');
    const page = bySlug.get(slug);
    if (page) return [page];
    if (stems.has(slug)) return [];
    const suggestion = nearest(slug, [...stems]);
    problems.push(
      problem({
        file: settingsFile,
        ...locate(index),
        subject: 'footer',
        message: `item ${index + 1} is not a page of the content folder${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
        expected: 'the name of a file of pages/, such as a-propos',
        found: JSON.stringify(written),
      }),
    );
    return [];
  });
  const asked = pages
    .filter((page) => page.footer && !listed.includes(page))
    .sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  return { footer: [...new Set(listed), ...asked], problems };
}

/**
 * Which page each policy is; a policy claimed twice is an error at the second page, naming the first.
 */
export function policyPages(pages: readonly { page: PaperPage; policyAt?: Position }[]): {
  policies: Partial<Record<Policy, PaperPage>>;
  problems: Problem[];
} {
  const policies: Partial<Record<Policy, PaperPage>> = {};
  const problems: Problem[] = [];
  for (const { page, policyAt } of pages) {
    for (const policy of page.policies) {
      const other = policies[policy];
      if (!other) policies[policy] = page;
      else
        problems.push(
          problem({
            file: page.file,
            ...policyAt,
            subject: 'policy',
            message: `${policy} is already the page ${other.file}`,
            expected: 'each policy on one page',
            found: policy,
          }),
        );
    }
  }
  return { policies, problems };
}
