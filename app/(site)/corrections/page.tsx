import { correctionsRoute } from '@/app/listing-routes';

/** Every correction of the site, newest first: /corrections. */
const route = correctionsRoute();

export const generateMetadata = route.generateMetadata;
export default route.Page;
