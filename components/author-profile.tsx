import { getSettings, readBody, type ProfileView } from '@/lib/content';
import { langIfOther } from '@/lib/text/languages';
import { labelsFor } from '@/lib/text/labels';
import { typeset } from '@/lib/text/typography';
import { ArticleBody } from './article-body';
import { Portrait } from './portrait';

export interface AuthorProfileProps {
  profile: ProfileView;
}

/** The network each kind of link leads to, as its link says it. */
const NETWORKS = { mastodon: 'Mastodon', bluesky: 'Bluesky', x: 'X', linkedin: 'LinkedIn' } as const;

/**
 * Who the author is, above their articles: portrait, role, bio, and where else they publish. Every
 * link elsewhere is `rel="me"`, so that a Mastodon profile linking back here shows as verified.
 */
export function AuthorProfile({ profile }: AuthorProfileProps) {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  return (
    <div className="profile" lang={langIfOther(profile.lang, site.lang)}>
      {profile.portrait && <Portrait portrait={profile.portrait} />}
      <div className="profile-text">
        {profile.role && <p className="profile-role">{typeset(profile.role, profile.lang)}</p>}
        {profile.bio && <ArticleBody html={readBody(profile.bio)} className="profile-bio" />}
        {(profile.links.length > 0 || profile.email) && (
          <ul className="profile-links" aria-label={labels.elsewhere} lang={langIfOther(site.lang, profile.lang)}>
            {profile.links.map(({ kind, url }) => (
              <li key={kind}>
                <a href={url} rel="me">
                  {kind === 'site' ? labels.website : NETWORKS[kind]}
                </a>
              </li>
            ))}
            {profile.email && (
              <li>
                <a href={`mailto:${profile.email}`}>{profile.email}</a>
              </li>
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
