import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { remark } from 'remark';
import remarkHtml from 'remark-html';

const folder = process.env.PLAIN_NEXT_CONTENT ?? '';

export const slugs = () =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length));

const read = (slug) => matter(readFileSync(path.join(folder, `${slug}.md`), 'utf8'));

export const title = (slug) => String(read(slug).data.title);

export function post(slug) {
  const { data, content } = read(slug);
  return {
    title: String(data.title),
    description: String(data.description ?? ''),
    date: String(data.date),
    html: String(remark().use(remarkHtml).processSync(content)),
  };
}
