import type { ReactNode } from 'react';
import { getSettings, getShell } from '@/lib/content';
import { correctionsPath, feedPaths, searchPath } from '@/lib/paths';
import { langIfOther } from '@/lib/text/languages';
import { labelsFor, labelsLangAttribute } from '@/lib/text/labels';
import { typeset } from '@/lib/text/typography';

export interface SiteShellProps {
  lang: string;
  /** The slug of the rubrique the page belongs to: a rubrique's own pages, an article's. */
  currentSection?: string;
  /** The masthead's search form; the search page has its own instead, so that it shows one. */
  searchForm?: boolean;
  children: ReactNode;
}

/**
 * The document every page shares: `<html lang>`, the masthead with search and the rubriques that have
 * articles, the footer, which repeats them and links to the paper's own pages, its corrections, its
 * feed and its address. Its words are in the page's language; what the site's
 * settings write (the tagline, the rubriques) is marked with the site's language where the page speaks
 * another.
 */
export function SiteShell({ lang, currentSection, searchForm = true, children }: SiteShellProps) {
  const site = getSettings();
  const { sections, pages } = getShell();
  const labels = labelsFor(lang);
  const labelsLang = labelsLangAttribute(labels, lang);
  const siteLang = langIfOther(site.lang, lang);
  const sectionLinks = sections.length > 0 && (
    <ul lang={siteLang}>
      {sections.map((section) => (
        <li key={section.slug}>
          <a
            href={section.path}
            // "true", not "page": an article, or a later page of the rubrique, is in it without being its page.
            aria-current={section.slug === currentSection ? 'true' : undefined}
          >
            {section.name}
          </a>
        </li>
      ))}
    </ul>
  );
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
              <input id="site-search" name="q" type="search" placeholder={labels.search} />
              <button type="submit">
                <span className="visually-hidden">{labels.search}</span>
              </button>
            </form>
          )}
        </header>
        {sectionLinks && (
          <nav className="sections" aria-label={labels.sections} lang={labelsLang}>
            {sectionLinks}
          </nav>
        )}
        <main id="contenu">{children}</main>
        <footer className="site-footer" lang={labelsLang}>
          {sectionLinks && (
            <nav className="footer-sections" aria-label={labels.allSections}>
              {sectionLinks}
            </nav>
          )}
          <p>
            © {site.publisher.name} — <span lang={siteLang}>{site.newsroom}</span>
          </p>
          <ul>
            {pages.map((page) => (
              <li key={page.path} lang={langIfOther(page.lang, lang)}>
                <a href={page.path}>{page.name}</a>
              </li>
            ))}
            <li>
              <a href={correctionsPath()}>{labels.corrections}</a>
            </li>
            <li>
              <a href={feedPaths.rss}>{labels.subscribe}</a>
            </li>
            <li>
              {labels.contact} <a href={`mailto:${site.contact}`}>{site.contact}</a>
            </li>
          </ul>
        </footer>
      </body>
    </html>
  );
}
