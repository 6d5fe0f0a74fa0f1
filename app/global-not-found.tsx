import { SiteShell } from '@/components/site-shell';
import { getSettings } from '@/lib/content';
import { notFoundMetadata } from '@/lib/seo';
import './globals.css';

export const generateMetadata = notFoundMetadata;

export default function GlobalNotFound() {
  return (
    <SiteShell lang={getSettings().lang}>
      <section className="not-found" aria-labelledby="not-found-title">
        <p className="kicker">Erreur 404</p>
        <h1 id="not-found-title">Cette page n’existe pas</h1>
        <p>L’adresse est peut-être mal recopiée, ou l’article a été retiré.</p>
        <p>
          <a href="/">Revenir à la une</a>
        </p>
      </section>
    </SiteShell>
  );
}
