import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getMediaFile, getMediaNames } from '@/lib/content';
import { cacheDirectory } from '@/lib/content/source';
import { encodeVariant } from '@/lib/media/encode';
import { MIME_TYPES } from '@/lib/media/variants';
import { staticParams } from '@/lib/static-params';

/**
 * The photos' derived files for `next dev`, made when a page asks for one and kept in the build's
 * cache. A build writes them itself (lib/build/photos.ts): there this route has no page.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    getMediaNames().map((file) => ({ file })),
    'file',
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = (await params).file;
  const media = getMediaFile(name);
  if (!media) return new Response('Not found', { status: 404 });
  const cached = path.join(cacheDirectory(), 'preview-media', name);
  if (!existsSync(cached)) {
    const bytes = await encodeVariant(media.file, media.source.info, media.variant);
    mkdirSync(path.dirname(cached), { recursive: true });
    writeFileSync(`${cached}.tmp`, bytes);
    renameSync(`${cached}.tmp`, cached);
  }
  return new Response(readFileSync(cached), {
    headers: { 'Content-Type': MIME_TYPES[media.variant.format], 'Cache-Control': 'no-store' },
  });
}
