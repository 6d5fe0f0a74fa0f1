/** Words a reader reads in a minute, in a newspaper: the usual estimate for adults reading for meaning. */
const WORDS_PER_MINUTE = 230;

/** The minutes an article's body takes to read, at least one. */
export function readingMinutes(html: string): number {
  const words = html.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
