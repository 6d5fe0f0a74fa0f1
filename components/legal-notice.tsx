import { getSettings } from '@/lib/content';
import { labelsFor } from '@/lib/text/labels';
import { legalPath } from '@/lib/paths';
import { typeset } from '@/lib/text/typography';
import { SitePage } from './site-page';

/** What French law asks an online publication to tell its readers (LCEN, art. 6 III), from the site's settings. */
export function LegalNotice() {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  const fr = (text: string) => typeset(text, site.lang);
  return (
    <SitePage className="legal" title={labels.legal} crumb={{ name: labels.legal, path: legalPath }}>
      <dl>
        <dt>{fr('Éditeur')}</dt>
        <dd>{fr(site.legal.publisher)}</dd>
        <dt>{fr('Directeur ou directrice de la publication')}</dt>
        <dd>{fr(site.legal.director)}</dd>
        <dt>{fr('Hébergeur')}</dt>
        <dd>{fr(site.legal.host)}</dd>
        <dt>{labels.contact}</dt>
        <dd>
          <a href={`mailto:${site.contact}`}>{site.contact}</a>
        </dd>
      </dl>
      <p>
        {fr(
          `${site.name} ne dépose aucun cookie, ne charge aucun script et ne fait appel à aucun service tiers : la lecture d’un article ne quitte pas ce site.`,
        )}
      </p>
    </SitePage>
  );
}
