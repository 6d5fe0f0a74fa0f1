import type { Picture as PictureFiles } from '@/lib/media/variants';
import { pictureAttributes, type Loading } from '@/lib/media/markup';

export interface PictureProps {
  picture: PictureFiles;
  alt: string;
  /** How wide it is laid out (lib/media/markup.ts PHOTO_SIZES), so the browser picks the right file. */
  sizes: string;
  /** `first` for the photo that is the page's largest paint: fetched first, never lazily. */
  loading: Loading;
  className?: string;
}

/** A photo as the build derived it (lib/media): AVIF, WebP, then JPEG or PNG, each at the widths a layout needs. */
export function Picture({ picture, alt, sizes, loading, className }: PictureProps) {
  const { sources, img } = pictureAttributes(picture, { alt, sizes, loading });
  return (
    <picture className={className}>
      {sources.map((source) => (
        <source key={source.type} {...source} />
      ))}
      <img {...img} alt={img.alt} />
    </picture>
  );
}
