import { facetNextPageRoute } from '@/app/facet-routes';

const route = facetNextPageRoute('section');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
