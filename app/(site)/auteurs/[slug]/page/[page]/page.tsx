import { listingRoute } from '@/app/listing-routes';

const route = listingRoute({ kind: 'author' }, 'facet-archive');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
