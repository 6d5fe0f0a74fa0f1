import { inTimeZone } from '../text/dates';
import { slugify } from '../text/slugs';

/**
 * What the template writes for the editor to replace. While either is still there, `npm run check`
 * and the build say so: a placeholder must not reach readers unnoticed.
 */
export const templatePlaceholders = {
  description: 'Le chapeau : une ou deux phrases qui résument l’article.',
  body: 'Le texte de l’article.',
} as const;

/** The file a new article starts from: valid as it is, and a draft until an editor says otherwise. */
export function newArticleFile(
  title: string,
  newsroom: string,
  now: Date = new Date(),
): { slug: string; text: string } {
  const slug = slugify(title);
  const text = [
    '---',
    `title: ${JSON.stringify(title.trim())}`,
    `date: ${inTimeZone(now).iso}`,
    `description: ${JSON.stringify(templatePlaceholders.description)}`,
    `author: ${JSON.stringify(newsroom)}`,
    'tags: []',
    'draft: true',
    '---',
    '',
    templatePlaceholders.body,
    '',
  ].join('\n');
  return { slug, text };
}
