import { slugs, title } from './posts.mjs';

export default function Home() {
  return (
    <main>
      <h1>Blog</h1>
      <ul>
        {slugs().map((slug) => (
          <li key={slug}>
            <a href={`/posts/${slug}`}>{title(slug)}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
