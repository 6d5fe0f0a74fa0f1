/**
 * Characters no article needs and feeds cannot carry: C0 controls but tab and line feed (NUL, bell,
 * escape…), DEL, C1 controls, lone surrogates and the noncharacters U+FFFE and U+FFFF. XML 1.0 forbids
 * most of them, terminals obey some, and readers see none.
 */
const CONTROL_CHARACTER = /[\0-\x08\x0B-\x1F\x7F-\x9F\uFFFE\uFFFF]|\p{Cs}/u;

/** The first control character of `text`, where it is and how to name it (`U+0007`); undefined if there is none. */
export function findControlCharacter(text: string): { index: number; name: string } | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  return match ? { index: match.index, name: codePointName(match[0]) } : undefined;
}

function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
