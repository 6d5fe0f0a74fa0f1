/** `npm run new -- "Titre de l’article"`: creates content/<slug>.md from a template, never over an existing file. */
import { newArticleFile } from '../content/new-article';
import { contentDirectory, createContentFile, loadSettings } from '../content/source';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Usage: npm run new -- "Titre de l’article"');
  process.exit(2);
}
const { slug, text } = newArticleFile(title, loadSettings().settings.newsroom);
if (!slug) {
  console.error(`“${title}” has no letter or digit to make an address from.`);
  process.exit(2);
}
const result = createContentFile(contentDirectory(), `${slug}.md`, text);
if (!result.ok) {
  console.error(`${result.path} already exists: nothing was written. Choose another title, or edit that file.`);
  process.exit(1);
}
console.log(`Created ${result.path} (a draft: set draft: false, or remove the line, to publish it).`);
