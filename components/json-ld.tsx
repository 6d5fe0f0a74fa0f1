import { serializeJsonLd } from '@/lib/structured-data';

export interface JsonLdProps {
  data: object;
}

/** Structured data for crawlers; never executed, and escaped so no value can break out of the element. */
export function JsonLd({ data }: JsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
