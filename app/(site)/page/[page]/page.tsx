import { listingRoute } from '@/app/listing-routes';

/** The archive of every article, page 1 the oldest: /page/1, /page/2… */
const route = listingRoute({ kind: 'home' }, 'home-archive');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
