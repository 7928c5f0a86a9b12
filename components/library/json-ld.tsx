import { serializeJsonLd } from '@/lib/library/json-ld'

/** Structured data for search engines, escaped against breaking out of the script element. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
