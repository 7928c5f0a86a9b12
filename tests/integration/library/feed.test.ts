// The Atom feed follows the library's search: its words and filters pick the entries, newest
// first, and its links keep them; a bad parameter is refused as in the API.
import { describe, expect, it } from 'vitest'
import { GET as feed } from '@/app/[locale]/(public)/case-studies/feed.xml/route'
import { createLibrary } from './fixtures'

const get = (path: string, locale = 'en') => feed(new Request(`http://localhost${path}`), { params: Promise.resolve({ locale }) })
const entries = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<link href="[^"]*\/case-studies\/([a-z0-9-]+)"/g)].map((m) => m[1])

describe('the Atom feed of a search', () => {
  it('holds only the matches of its words and filters, and links back to that search', async () => {
    await createLibrary()
    const all = await (await get('/en/case-studies/feed.xml')).text()
    expect(entries(all).sort()).toEqual(['accra-compost', 'austin-comida', 'austin-materials', 'nairobi-lighting'])

    const food = await (await get('/en/case-studies/feed.xml?topic=food-systems')).text()
    expect(entries(food).sort()).toEqual(['accra-compost', 'austin-comida'])
    expect(food).toContain('/en/case-studies?topic=food-systems')
    expect(food).toContain('/en/case-studies/feed.xml?topic=food-systems')

    const words = await (await get('/es/case-studies/feed.xml?q=compost&country=GH', 'es')).text()
    expect(entries(words)).toEqual(['accra-compost'])
    expect(words).toContain('/es/case-studies/accra-compost')
  })

  it('refuses a bad parameter with 422 and the field, as the API does', async () => {
    await createLibrary()
    const response = await get('/en/case-studies/feed.xml?year=soon')
    expect(response.status).toBe(422)
    expect((await response.json()).error.fields).toHaveProperty('year')
  })
})
