// Markdown rendered once, when it is written, and stored beside its source: a case study's body
// (CaseStudy.bodyHtml) and a message's (Message.bodyHtml). Pages then put the stored, sanitised
// HTML in the page instead of rendering on every read.
//
// Decisions:
// - The stored HTML carries a key: the renderer's version, the heading level and a hash of the
//   source. It is used only while the key matches the row's body, so a write path that changed
//   the body without re-rendering, or a new renderer (RENDERER_VERSION), can never show HTML of
//   other text: such a row is rendered again.
// - A row without a current render (written before this column, by a script, or by an older
//   renderer) is rendered on read through the same bounded renderer (lib/markdown/render.ts,
//   well under 50 ms at the size limit, escaped text for what it refuses or fails on) and the
//   result is written back for the next reader; `refreshStoredRenders` does the same for every
//   stale row at start-up and after seeding, so readers rarely meet one.
// - What the renderer refuses or throws on is stored as its escaped text, so a body that cannot
//   be rendered costs nothing on the next read and never turns its page into a 500.
import 'server-only'
import { db } from '@/lib/db'
import { renderAsText } from './render'
import { CASE_STUDY_HEADING_BASE, currentStoredHtml, type HeadingBase, keyPrefix, MESSAGE_HEADING_BASE, renderForStorage, type StoredRender, type StoredRow } from './render-for-storage'

export { CASE_STUDY_HEADING_BASE, MESSAGE_HEADING_BASE, renderForStorage } from './render-for-storage'

type Table = 'caseStudy' | 'message'
const HEADING_BASE: Record<Table, HeadingBase> = { caseStudy: CASE_STUDY_HEADING_BASE, message: MESSAGE_HEADING_BASE }

/** Writes a render back, only if the body is still the one rendered. Failures are only logged. */
async function storeRender(table: Table, id: string, body: string, render: StoredRender): Promise<void> {
  try {
    const where = { id, body }
    if (table === 'caseStudy') await db.caseStudy.updateMany({ where, data: render })
    else await db.message.updateMany({ where, data: render })
  } catch (error) {
    console.error(JSON.stringify({ event: 'markdown.store_failed', table, error: error instanceof Error ? error.name : 'unknown' }))
  }
}

/**
 * The sanitised HTML to put in the page for a stored row: its stored render when current, else
 * rendered now (and stored for the next reader). Never throws.
 */
export function htmlOfStored(table: Table, row: StoredRow & { id: string }): string {
  const headingBase = HEADING_BASE[table]
  const stored = currentStoredHtml(row, headingBase)
  if (stored !== null) return stored
  try {
    const render = renderForStorage(row.body, headingBase)
    void storeRender(table, row.id, row.body, render)
    return render.bodyHtml
  } catch {
    return renderAsText(row.body)
  }
}

/** The Prisma select for what htmlOfStored needs. */
export const storedBodySelect = { id: true, body: true, bodyHtml: true, bodyHtmlKey: true } as const

/**
 * Renders every row whose stored HTML is missing or from another renderer version, in batches.
 * Returns how many rows were rendered. Rows whose key is current but whose body changed behind
 * the key's back are caught on read instead.
 */
export async function refreshStoredRenders({ batchSize = 100 }: { batchSize?: number } = {}): Promise<number> {
  const stale = { OR: [{ bodyHtmlKey: null }, { NOT: { bodyHtmlKey: { startsWith: keyPrefix() } } }] }
  let rendered = 0
  for (const table of ['caseStudy', 'message'] as const) {
    let after = ''
    for (;;) {
      const args = { where: { AND: [stale, { id: { gt: after } }] }, select: { id: true, body: true }, orderBy: { id: 'asc' as const }, take: batchSize }
      const rows = table === 'caseStudy' ? await db.caseStudy.findMany(args) : await db.message.findMany(args)
      for (const row of rows) {
        await storeRender(table, row.id, row.body, renderForStorage(row.body, HEADING_BASE[table]))
        rendered += 1
      }
      if (rows.length < batchSize) break
      after = rows.at(-1)!.id
    }
  }
  return rendered
}
