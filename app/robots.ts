export const dynamic = 'force-static';

import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/content/articles';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  };
}
