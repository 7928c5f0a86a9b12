// The one-statement card loader gives exactly what the Prisma select `libraryCard` gives.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { loadCards } from '@/lib/library/cards'
import { libraryCard } from '@/lib/library/selects'
import { createLibrary } from './fixtures'

describe('library cards', () => {
  it('equal the libraryCard select, field for field, in the order asked, published only', async () => {
    const { published, hidden } = await createLibrary()
    const ids = [published.materials.id, hidden[0]!.id, published.compost.id, published.lighting.id, published.comida.id]
    const viaPrisma = await db.caseStudy.findMany({ where: { id: { in: ids }, status: 'PUBLISHED' }, select: libraryCard })
    const byId = new Map(viaPrisma.map((row) => [row.id, row]))
    const expected = ids.flatMap((id) => byId.get(id) ?? [])
    const cards = await loadCards(ids)
    expect(cards.map((card) => card.id)).toEqual([published.materials.id, published.compost.id, published.lighting.id, published.comida.id])
    expect(JSON.parse(JSON.stringify(cards))).toEqual(JSON.parse(JSON.stringify(expected)))
    expect(cards.flatMap((card) => card.metrics).every((metric) => typeof metric.value.toNumber === 'function')).toBe(true)
    expect(await loadCards([])).toEqual([])
  })
})
