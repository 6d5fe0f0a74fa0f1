import { getSettings, getShell } from '@/lib/content';
import type { ReactNode } from 'react';
import { langIfOther } from '@/lib/text/languages';
import { labelsFor, labelsLangAttribute } from '@/lib/text/labels';
import { feedPaths, legalPath, searchPath } from '@/lib/paths';
import { typeset } from '@/lib/text/typography';

export interface SiteShellProps {
  lang: string;
  /** The masthead's search form; the search page has its own instead, so that it shows one. */
  searchForm?: boolean;
  children: ReactNode;
}

/**
 * The document every page shares: `<html lang>`, the masthead with search and the rubriques, the
 * footer. Its words are in the page's language; what the site's settings write (the tagline, the
 * rubriques) is marked with the site's language where the page speaks another.
 */
export function SiteShell({ lang, searchForm = true, children }: SiteShellProps) {
  const site = getSettings();
  const labels = labelsFor(lang);
  const labelsLang = labelsLangAttribute(labels, lang);
  const siteLang = langIfOther(site.lang, lang);
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#contenu" lang={labelsLang}>
          {labels.skipToContent}
        </a>
        <header className="masthead">
          <a href="/" className="masthead-title">
            {site.name}
          </a>
          <p className="masthead-tagline" lang={siteLang}>
            {typeset(site.tagline, site.lang)}
          </p>
          {searchForm && (
            <form className="search-form" action={searchPath} method="get" role="search" lang={labelsLang}>
              <label htmlFor="site-search" className="visually-hidden">
                {labels.searchPlaceholder}
              </label>
              <input id="site-search" name="q" type="search" placeholder={labels.searchPlaceholder} />
              <button type="submit">{labels.search}</button>
            </form>
          )}
        </header>
        <nav className="sections" aria-label={labels.sections} lang={siteLang}>
          <ul>
            {getShell().sections.map((section) => (
              <li key={section.slug}>
                <a href={section.path}>{section.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="contenu">{children}</main>
        <footer className="site-footer" lang={labelsLang}>
          <p>
            © {site.publisher.name} — <span lang={siteLang}>{site.newsroom}</span>
          </p>
          <ul>
            <li>
              <a href={feedPaths.rss}>{labels.subscribe}</a>
            </li>
            <li>
              <a href={`mailto:${site.contact}`}>{labels.contact}</a>
            </li>
            <li>
              <a href={legalPath}>{labels.legal}</a>
            </li>
          </ul>
        </footer>
      </body>
    </html>
  );
}
