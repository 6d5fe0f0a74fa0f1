import { labelsFor } from '@/lib/text/labels';

export interface ShareLinksProps {
  url: string;
  title: string;
  lang: string;
}

/**
 * Share links that load nothing from elsewhere: plain links to each network's share address, opened
 * only if the reader follows one, and the article's address in a field to select and copy.
 */
export function ShareLinks({ url, title, lang }: ShareLinksProps) {
  const labels = labelsFor(lang);
  const encoded = { url: encodeURIComponent(url), title: encodeURIComponent(title) };
  const networks = [
    { name: 'X', href: `https://x.com/intent/post?url=${encoded.url}&text=${encoded.title}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${encoded.url}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${encoded.url}` },
  ];
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 id="share-title" className="share-title">
        {labels.share}
      </h2>
      <ul>
        {networks.map((network) => (
          <li key={network.name}>
            <a href={network.href} rel="noopener noreferrer nofollow" target="_blank">
              {network.name}
            </a>
          </li>
        ))}
        <li>
          <a href={`mailto:?subject=${encoded.title}&body=${encoded.url}`}>{labels.shareByEmail}</a>
        </li>
      </ul>
      <p className="share-link">
        <label htmlFor="article-link">{labels.articleLink}</label>
        <input id="article-link" type="url" readOnly value={url} />
      </p>
    </section>
  );
}
