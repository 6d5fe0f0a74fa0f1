import { listingRoute } from '@/app/listing-routes';

const route = listingRoute({ kind: 'section' }, 'facet');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
