/**
 * French elision: "de" loses its vowel before a vowel or a mute h — "les articles d’Anne Martin",
 * "d’Hélène", "d’Hugo", but "de Paul Durand". A few words start with an aspirated h and keep the full
 * "de" ("de hockey", "de Hollande"): they are listed; a name is read with a mute h, as newspapers do.
 */
const ASPIRATED_H = new Set([
  'hache',
  'haine',
  'hall',
  'hamburger',
  'handball',
  'handicap',
  'hangar',
  'hardi',
  'haricot',
  'hasard',
  'hausse',
  'haut',
  'haute',
  'hauteur',
  'hautbois',
  'héros',
  'hibou',
  'hiérarchie',
  'hockey',
  'hollande',
  'homard',
  'honte',
  'hors',
  'hublot',
  'huit',
  'hurlement',
  'hutte',
]);

/** Whether a word takes the elided article before it: "Anne", "Hélène", "œuvre" do; "Paul", "hockey" do not. */
export function elides(word: string): boolean {
  const first = word
    .trim()
    .split(/[\s’'-]/)[0]!
    .toLowerCase();
  if (ASPIRATED_H.has(first.normalize('NFC'))) return false;
  const letter = first.normalize('NFD').replace(/\p{M}/gu, '')[0] ?? '';
  if ('aeiouyœæ'.includes(letter)) return true;
  return letter === 'h' && 'aeiouy'.includes(first.normalize('NFD').replace(/\p{M}/gu, '')[1] ?? '');
}

/** "de" before `words`, elided when French elides it: "d’Anne Martin", "de Paul Durand". */
export function de(words: string): string {
  return elides(words) ? `d’${words}` : `de ${words}`;
}
