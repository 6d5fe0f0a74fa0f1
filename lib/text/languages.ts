export const LANGUAGE_EXPECTATION = 'a code such as fr or en';

/**
 * What is wrong with a language tag, or undefined if it is a canonical BCP 47 tag, the one form every
 * browser, feed reader and search engine reads the same: `en-US`, never `en-us`, `EN` or `en-US-US`.
 */
export function languageProblem(tag: string): string | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    return 'is not a language code';
  }
  if (canonical === tag) return undefined;
  return canonical ? `is not written the standard way; did you mean \`${canonical}\`?` : 'is not a language code';
}

/** The language of a tag, without region or script: `fr` for `fr-CA`, `en` for `EN-gb`. */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0]!;
}

/** `lang` to mark text in `textLang` with, inside a page in `pageLang`: undefined when they are one language. */
export function langIfOther(textLang: string, pageLang: string): string | undefined {
  return primaryLanguage(pageLang) === textLang ? undefined : textLang;
}
