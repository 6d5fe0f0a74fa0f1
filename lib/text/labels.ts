import { langIfOther, primaryLanguage } from './languages';
import { typeset } from './typography';

/**
 * Every word the site itself writes around the articles, in French and in English. A page takes the
 * labels of its language: an English article reads "By … · Published March 1, 2015", and its shell
 * speaks English too. A language the site has no labels for gets the French ones, marked `lang="fr"`
 * by the components (labels.lang), so a screen reader still pronounces them right. `{n}`-style
 * placeholders are filled by fill().
 */
const labels = {
  fr: {
    skipToContent: 'Aller au contenu',
    sections: 'Rubriques',
    allSections: 'Toutes les rubriques',
    search: 'Rechercher',
    searchPlaceholder: 'Rechercher un article',
    home: 'Accueil',
    frontPage: 'À la une',
    featured: 'À suivre',
    briefs: 'En continu',
    latest: 'Toute l’actualité',
    moreInSection: 'Toute la rubrique {name}',
    archive: 'Archives',
    archivePage: 'Archives, page {page}',
    archiveSpan: 'Du {from} au {to}',
    newer: '← Articles plus récents',
    older: 'Articles plus anciens →',
    pages: 'Pages',
    breadcrumb: 'Fil d’Ariane',
    by: 'Par',
    published: 'Publié le',
    draftDated: 'Brouillon daté du',
    scheduledFor: 'Programmé pour le',
    updated: 'Mis à jour le',
    correctedOn: 'Cet article a été corrigé le',
    correction: 'Correction',
    corrections: 'Corrections',
    correctionsIntro:
      'Les erreurs relevées dans nos articles après leur publication, et leur correction, de la plus récente à la plus ancienne.',
    noCorrections: 'Aucune correction publiée pour le moment.',
    readingTime: 'Lecture : {minutes} min',
    share: 'Partager',
    shareByEmail: 'Envoyer par e-mail',
    articleLink: 'Lien de l’article',
    tags: 'Mots-clés',
    originalTweet: 'Voir le tweet original',
    related: 'À lire aussi',
    authorPage: 'Les articles {ofName}',
    tagKind: 'Mot-clé',
    authorKind: 'Auteur',
    website: 'Site web',
    elsewhere: 'Ailleurs',
    sectionKind: 'Rubrique',
    sectionPage: '{name} : toute l’actualité',
    contact: 'Contact :',
    subscribe: 'S’abonner (RSS)',
    noArticles: 'Aucun article publié pour le moment.',
    searchTitle: 'Rechercher dans les articles',
    searchNeedsJavaScript:
      'La recherche a besoin de JavaScript, que votre navigateur n’exécute pas sur ce site. Les rubriques et les mots-clés mènent aussi à chaque article.',
    searchUnavailable: 'La recherche n’est pas disponible pour le moment.',
    searchNoResult: 'Aucun article ne correspond à « {query} ».',
    searchResultsOne: 'Un article pour « {query} »',
    searchResultsOther: '{count} articles pour « {query} »',
  },
  en: {
    skipToContent: 'Skip to content',
    sections: 'Sections',
    allSections: 'All sections',
    search: 'Search',
    searchPlaceholder: 'Search the articles',
    home: 'Home',
    frontPage: 'Front page',
    featured: 'Also today',
    briefs: 'Live',
    latest: 'Latest news',
    moreInSection: 'More in {name}',
    archive: 'Archive',
    archivePage: 'Archive, page {page}',
    archiveSpan: 'From {from} to {to}',
    newer: '← Newer articles',
    older: 'Older articles →',
    pages: 'Pages',
    breadcrumb: 'Breadcrumb',
    by: 'By',
    published: 'Published',
    draftDated: 'Draft dated',
    scheduledFor: 'Scheduled for',
    updated: 'Updated',
    correctedOn: 'This article was corrected on',
    correction: 'Correction',
    corrections: 'Corrections',
    correctionsIntro: 'The errors found in our articles after their publication, and their correction, newest first.',
    noCorrections: 'No correction published yet.',
    readingTime: '{minutes} min read',
    share: 'Share',
    shareByEmail: 'Send by e-mail',
    articleLink: 'Link to this article',
    tags: 'Tags',
    originalTweet: 'View the original tweet',
    related: 'Read more',
    authorPage: 'Articles by {name}',
    tagKind: 'Tag',
    authorKind: 'Author',
    website: 'Website',
    elsewhere: 'Elsewhere',
    sectionKind: 'Section',
    sectionPage: '{name}: all the news',
    contact: 'Contact:',
    subscribe: 'Subscribe (RSS)',
    noArticles: 'No article published yet.',
    searchTitle: 'Search the articles',
    searchNeedsJavaScript:
      'Search needs JavaScript, which your browser does not run on this site. Sections and tags also lead to every article.',
    searchUnavailable: 'Search is not available at the moment.',
    searchNoResult: 'No article matches “{query}”.',
    searchResultsOne: 'One article for “{query}”',
    searchResultsOther: '{count} articles for “{query}”',
  },
} satisfies Record<'fr' | 'en', Record<string, string>>;

type LabelKey = keyof (typeof labels)['fr'];
export type Labels = Record<LabelKey, string> & {
  /** The language the labels are written in, which may not be the page's. */
  lang: 'fr' | 'en';
};

/** Labels set in their language's typography, like every text of the site: "Source :" keeps its colon. */
export function typesetLabels<K extends string>(raw: Record<K, string>, lang: string): Record<K, string> {
  const result = { ...raw };
  for (const key in raw) result[key] = typeset(raw[key], lang);
  return result;
}

const typesetLabelsByLanguage: Record<'fr' | 'en', Labels> = {
  fr: { ...typesetLabels(labels.fr, 'fr'), lang: 'fr' },
  en: { ...typesetLabels(labels.en, 'en'), lang: 'en' },
};

/** The labels of `lang` (`fr`, `en-GB`…), typeset; French for a language the site does not know yet. */
export function labelsFor(lang: string): Labels {
  return primaryLanguage(lang) === 'en' ? typesetLabelsByLanguage.en : typesetLabelsByLanguage.fr;
}

/** `lang` to put on an element holding labels, when they are not in the page's own language. */
export function labelsLangAttribute(labels: Labels, pageLang: string): string | undefined {
  return langIfOther(labels.lang, pageLang);
}

/** A label with its `{name}` placeholders filled, set again in the labels' typography (3 min keeps together). */
export function fill(labels: Labels, key: LabelKey, values: Record<string, string | number>): string {
  return typeset(
    labels[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)),
    labels.lang,
  );
}
