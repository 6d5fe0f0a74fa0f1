import type { ArticleImage } from '@/lib/content/article';

export interface PortraitProps {
  portrait: ArticleImage;
}

/**
 * An author's portrait, at its own size so the page does not jump, with its credit when the profile
 * gives one. A plain <img> of the file the profile names, until the photo pipeline derives its variants.
 */
export function Portrait({ portrait }: PortraitProps) {
  return (
    <figure className="portrait">
      <img src={portrait.src} alt={portrait.alt} width={portrait.width} height={portrait.height} />
      {portrait.credit && (
        <figcaption>
          <span className="credit">{portrait.credit}</span>
        </figcaption>
      )}
    </figure>
  );
}
