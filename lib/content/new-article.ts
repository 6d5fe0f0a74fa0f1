import { inTimeZone } from './dates';
import { site } from '../site';
import { slugify } from './slugs';

/** The file a new article starts from: valid as it is, and a draft until an editor says otherwise. */
export function newArticleFile(title: string, now: Date = new Date()): { slug: string; text: string } {
  const slug = slugify(title);
  const text = [
    '---',
    `title: ${JSON.stringify(title.trim())}`,
    `date: ${inTimeZone(now).iso}`,
    'description: "Le chapeau : une ou deux phrases qui résument l’article."',
    `author: ${JSON.stringify(site.newsroom)}`,
    'tags: []',
    'draft: true',
    '---',
    '',
    'Le texte de l’article.',
    '',
  ].join('\n');
  return { slug, text };
}
