import { z } from 'zod';
import type { SiteReference } from '../markdown/references';
import { isError, problem, type Problem } from '../text/problems';
import { tagSlug } from '../text/slugs';
import { email, fieldsOf, isText, language, required, says, text, withDefault } from './contract';
import { madeOnceFor, readMarkdownFile, type FileContext } from './markdown-file';
import type { PhotoSource } from '../media/variants';
import type { AuthorPortrait } from './photo';
import { image } from './schema';
import type { SiteSettings } from './settings';
import type { SourceFile } from './source';

/**
 * An author's profile: `auteurs/<slug>.md` in the content folder, the file named as the author's page
 * is (`auteurs/anne-martin.md` for /auteurs/anne-martin). Its front matter says who the author is
 * (name, role, portrait, links elsewhere, a public address), its body is a short bio in Markdown.
 */
export interface AuthorProfile {
  slug: string;
  file: string;
  name: string;
  role?: string;
  portrait?: AuthorPortrait;
  links: ProfileLink[];
  email?: string;
  lang: string;
  /** The bio, rendered, by its key in the body store; none when the file has no text. */
  bio?: string;
  /** Every photo it shows, its portrait included: the build derives their files. */
  photos: PhotoSource[];
}

/** The places elsewhere a profile may name, in the order a page shows them, and the sites they must be on. */
export const PROFILE_LINKS = {
  site: { example: 'https://anne-martin.example' },
  mastodon: { example: 'https://mastodon.social/@annemartin' },
  bluesky: { example: 'https://bsky.app/profile/annemartin.bsky.social', hosts: ['bsky.app'], network: 'Bluesky' },
  x: { example: 'https://x.com/annemartin', hosts: ['x.com', 'twitter.com'], network: 'X' },
  linkedin: { example: 'https://www.linkedin.com/in/annemartin', hosts: ['linkedin.com'], network: 'LinkedIn' },
} satisfies Record<string, { example: string; hosts?: string[]; network?: string }>;

export type ProfileLinkKind = keyof typeof PROFILE_LINKS;

export interface ProfileLink {
  kind: ProfileLinkKind;
  url: string;
}

/** An address of the web (on the network's own site, for a network that has one), written as browsers write it. */
function profileLink(kind: ProfileLinkKind) {
  const { example, ...network } = PROFILE_LINKS[kind] as { example: string; hosts?: string[]; network?: string };
  const expected = `a web address such as ${example}`;
  return z.custom<string>(isText, says('has the wrong type', { expected })).transform((value, context) => {
    const url = webAddress(value.trim());
    const onNetwork = (host: string) => url?.hostname === host || url?.hostname.endsWith(`.${host}`);
    if (url && (!network.hosts || network.hosts.some(onNetwork))) return url.href;
    const message = url ? `is not an address of ${network.network}` : 'is not a web address';
    context.addIssue({ code: 'custom', message, params: { expected } });
    return z.NEVER;
  });
}

function webAddress(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const links = fieldsOf(
  {
    site: withDefault(profileLink('site'), undefined),
    mastodon: withDefault(profileLink('mastodon'), undefined),
    bluesky: withDefault(profileLink('bluesky'), undefined),
    x: withDefault(profileLink('x'), undefined),
    linkedin: withDefault(profileLink('linkedin'), undefined),
  },
  'is not a kind of link of a profile',
  '{ site: https://…, mastodon: https://… }',
);
const NO_LINKS: Partial<Record<ProfileLinkKind, string>> = {};

const profileSchema = madeOnceFor((settings: SiteSettings) =>
  fieldsOf(
    {
      name: required(text('the author’s name, as bylines write it')),
      role: withDefault(text('what the author does, such as "Journaliste, service Économie"'), undefined),
      portrait: withDefault(image, undefined),
      links: withDefault(links, NO_LINKS),
      email: withDefault(email, undefined),
      lang: withDefault(language, settings.lang),
    },
    'is not a field of an author’s profile',
  ),
);

export interface ReadProfile {
  profile?: AuthorProfile;
  problems: Problem[];
  references: SiteReference[];
}

/** Reads and checks `auteurs/<slug>.md`; its bio goes into `bodies`. */
export function readProfile(file: SourceFile, context: FileContext): ReadProfile {
  const { fields, frontMatter, html, problems, references, photos } = readMarkdownFile(
    file,
    profileSchema(context.settings),
    context,
  );
  if (!fields || !frontMatter) return { problems, references };
  const slug = tagSlug(fields.name);
  if (slug !== file.stem) {
    problems.push(
      problem({
        file: file.name,
        ...frontMatter.locate(['name']),
        subject: 'name',
        message: `is not the name of this file’s author: the page of ${fields.name} is /auteurs/${slug}`,
        expected: slug === '' ? 'a name with a letter or a digit' : `the file auteurs/${slug}.md`,
        found: `${file.stem}.md`,
      }),
    );
  }
  if (html.trim() === '') {
    problems.push(
      problem({
        severity: 'warning',
        file: file.name,
        line: frontMatter.bodyStartLine,
        subject: 'body',
        message: 'is empty: a few lines tell readers who the author is',
        expected: 'a short bio in Markdown under the front matter',
      }),
    );
  }
  const portrait = fields.portrait && photos.portrait(fields.portrait, frontMatter);
  if (problems.some(isError)) return { problems, references };
  const { links: written, ...rest } = fields;
  return {
    profile: {
      ...rest,
      slug,
      file: file.name,
      portrait,
      links: (Object.keys(PROFILE_LINKS) as ProfileLinkKind[]).flatMap((kind) => {
        const url = written[kind];
        return url === undefined ? [] : [{ kind, url }];
      }),
      ...(html.trim() !== '' && { bio: context.bodies.put(html) }),
      photos: photos.used,
    },
    problems,
    references,
  };
}
