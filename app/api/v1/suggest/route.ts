// GET /api/v1/suggest?q=comp — words of the published library starting with what was typed
// (the search box's suggestions). Public: the words come from published case studies and the
// network's names only.
import { z } from 'zod'
import { apiJson, apiRoute, invalidParameters } from '@/lib/api/handler'
import { suggestWords } from '@/lib/library/search'
import { SearchTextSchema } from '@/lib/validation/library'

const SuggestQuerySchema = z.strictObject({ q: SearchTextSchema.pipe(z.string().max(64)) })

export const GET = apiRoute(async (request) => {
  const parsed = SuggestQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) throw invalidParameters(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>)
  // The last word is the one being typed; the ones before it stay as they are.
  const text = parsed.data.q
  const at = text.search(/\S+$/u)
  const head = at > 0 ? text.slice(0, at) : ''
  const words = at === -1 ? [] : await suggestWords(text.slice(at), 8)
  return apiJson({ suggestions: words.map((word) => `${head}${word}`) }, { headers: { 'Cache-Control': 'public, max-age=60, s-maxage=60' } })
})
