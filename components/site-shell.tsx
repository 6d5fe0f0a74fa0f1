import type { ReactNode } from 'react';
import { feedPaths, site } from '@/lib/site';

export interface SiteShellProps {
  lang: string;
  children: ReactNode;
}

/** The document every page shares: `<html lang>`, the masthead and the footer. */
export function SiteShell({ lang, children }: SiteShellProps) {
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <header className="masthead">
          <a href="/" className="masthead-title">
            {site.name}
          </a>
          <p className="masthead-tagline">{site.tagline}</p>
        </header>
        <main id="contenu">{children}</main>
        <footer className="site-footer">
          <p>
            © {site.name} — {site.newsroom}
          </p>
          <p>
            S’abonner : <a href={feedPaths.rss}>flux RSS</a> · <a href={feedPaths.atom}>Atom</a> ·{' '}
            <a href={feedPaths.json}>JSON Feed</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
