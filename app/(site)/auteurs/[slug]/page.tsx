import { facetFirstPageRoute } from '@/app/facet-routes';

const route = facetFirstPageRoute('author');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
