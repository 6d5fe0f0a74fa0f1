import { typeset } from './typography';

/**
 * The few words the site itself writes around an article, in the article's language: an English
 * article reads "By … · Published March 1, 2015", not French words inside `lang="en"`.
 */
const labels: Record<
  'fr' | 'en',
  Record<'by' | 'published' | 'draftDated' | 'scheduledFor' | 'updated' | 'tags' | 'originalTweet' | 'related', string>
> = {
  fr: {
    by: 'Par',
    published: 'Publié le',
    draftDated: 'Brouillon daté du',
    scheduledFor: 'Programmé pour le',
    updated: 'Mis à jour le',
    tags: 'Mots-clés',
    originalTweet: 'Voir le tweet original',
    related: 'À lire aussi',
  },
  en: {
    by: 'By',
    published: 'Published',
    draftDated: 'Draft dated',
    scheduledFor: 'Scheduled for',
    updated: 'Updated',
    tags: 'Tags',
    originalTweet: 'View the original tweet',
    related: 'Read more',
  },
};

export type Labels = (typeof labels)['fr'];

/** Labels set in their language's typography, like every text of the site: "Source :" keeps its colon. */
export function typesetLabels<K extends string>(raw: Record<K, string>, lang: string): Record<K, string> {
  const result = { ...raw };
  for (const key in raw) result[key] = typeset(raw[key], lang);
  return result;
}

const typesetLabelsByLanguage = { fr: typesetLabels(labels.fr, 'fr'), en: typesetLabels(labels.en, 'en') };

/** The labels of `lang` (`fr`, `en-GB`…), typeset; French for a language the site does not know yet. */
export function labelsFor(lang: string): Labels {
  const language = lang.toLowerCase().split('-')[0];
  return language === 'en' ? typesetLabelsByLanguage.en : typesetLabelsByLanguage.fr;
}
