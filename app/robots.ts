export const dynamic = 'force-static';

import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/content';
import { newsSitemapPath, sitemapIndexPath } from '@/lib/paths';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl(sitemapIndexPath), absoluteUrl(newsSitemapPath)],
  };
}
