import { correctionsRoute } from '@/app/listing-routes';

/** The archive of the corrections, page 1 the oldest: /corrections/page/1… */
const route = correctionsRoute();

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
