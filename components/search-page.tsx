import { getSettings } from '@/lib/content';
import { labelsFor } from '@/lib/text/labels';
import { searchPath } from '@/lib/paths';
import { SitePage } from './site-page';

/**
 * The one page that runs a script: Pagefind's, searching the index the build made of every article
 * (lib/build/search-index.ts), and /recherche.js, which asks it and lists the results. The query comes
 * from a plain form (`?q=`): the masthead's on every other page, this page's own here, where the
 * masthead has none (app/(search)/layout.tsx); the script puts the query back in it. The labels travel
 * in data attributes, so their wording stays in lib/labels.ts.
 */
export function SearchPage() {
  const site = getSettings();
  const labels = labelsFor(site.lang);
  return (
    <SitePage className="search" title={labels.searchTitle} crumb={{ name: labels.search, path: searchPath }}>
      <form className="search-page-form" action={searchPath} method="get" role="search">
        <label htmlFor="search-query">{labels.searchPlaceholder}</label>
        <input id="search-query" name="q" type="search" />
        <button type="submit">{labels.search}</button>
      </form>
      <noscript>
        <p className="search-status">{labels.searchNeedsJavaScript}</p>
      </noscript>
      <div
        id="search-results"
        aria-live="polite"
        data-no-result={labels.searchNoResult}
        data-results-one={labels.searchResultsOne}
        data-results-other={labels.searchResultsOther}
        data-unavailable={labels.searchUnavailable}
        data-lang={site.lang}
      />
      <script type="module" src="/recherche.js" async />
    </SitePage>
  );
}
