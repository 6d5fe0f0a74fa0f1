import { post, slugs } from '../../posts.mjs';

export const generateStaticParams = () => slugs().map((slug) => ({ slug }));

export async function generateMetadata({ params }) {
  const { title, description } = post((await params).slug);
  return { title, description };
}

export default async function Post({ params }) {
  const { title, date, html } = post((await params).slug);
  return (
    <article>
      <h1>{title}</h1>
      <time dateTime={date}>{date}</time>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
