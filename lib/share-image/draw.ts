import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { shareImage } from '../paths';
import type { CardNode } from './card';
import { shareImageFonts } from './fonts';

/**
 * A share card as a PNG: satori lays it out and turns its text into paths, resvg rasterizes it, and
 * sharp encodes the pixels (in a sixth less time than resvg's own PNG encoder, the largest share of
 * a card's cost). The card is opaque, so its PNG has no alpha channel.
 */
export async function drawShareImage(card: CardNode): Promise<Buffer> {
  const svg = await satori(card as Parameters<typeof satori>[0], {
    width: shareImage.width,
    height: shareImage.height,
    fonts: shareImageFonts(),
    // Asked for a glyph none of the fonts has: there is none to give (see fonts.ts), and no download.
    loadAdditionalAsset: async () => [],
  });
  const { pixels, width, height } = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
  }).render();
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 3 })
    .toBuffer();
}
