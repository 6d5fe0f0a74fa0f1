import type { AuthorPortrait } from '@/lib/content/photo';
import { PHOTO_SIZES } from '@/lib/media/markup';
import { Picture } from './picture';

export interface PortraitProps {
  portrait: AuthorPortrait;
}

/**
 * An author's portrait, a square the photo pipeline cut around the face, at the widths the profile
 * lays it out; it heads the page, so it is fetched first. With its credit when the profile gives one.
 */
export function Portrait({ portrait }: PortraitProps) {
  return (
    <figure className="portrait">
      <Picture picture={portrait.picture} alt={portrait.alt} sizes={PHOTO_SIZES.portrait} loading="first" />
      {portrait.credit && (
        <figcaption>
          <span className="credit">{portrait.credit}</span>
        </figcaption>
      )}
    </figure>
  );
}
