export const dynamic = 'force-static';

import { sitemapEntries } from '@/lib/sitemaps';

export default sitemapEntries;
