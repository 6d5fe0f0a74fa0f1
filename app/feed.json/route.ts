import { getFeed } from '@/lib/content';
import { jsonFeed11 } from '@/lib/feeds';
import { routeResponse } from '@/lib/server/headers';
import { feedPaths } from '@/lib/paths';

export const dynamic = 'force-static';

export function GET() {
  return routeResponse(feedPaths.json, jsonFeed11(getFeed()));
}
