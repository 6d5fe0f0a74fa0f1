import { SiteShell } from '@/components/site-shell';
import { getSectionsWithArticles } from '@/lib/content/articles';
import { notFoundMetadata, rootMetadata } from '@/lib/seo';
import { site } from '@/lib/site';
import './globals.css';

export const metadata = { ...rootMetadata, ...notFoundMetadata };

export default function GlobalNotFound() {
  return (
    <SiteShell lang={site.lang} sections={getSectionsWithArticles()}>
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
