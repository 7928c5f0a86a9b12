// The stored render of a Markdown body (see lib/markdown/stored.ts for the design): the columns
// written beside the source and the test of whether they are still current. Pure, without the
// database, so the seed writes the same columns as the services.
import { createHash } from 'node:crypto'
import { RENDERER_VERSION, renderAsText, renderMarkdown } from './render'

export type HeadingBase = 2 | 3

/** Case-study bodies are shown under the page's h1; messages under the thread's h2. */
export const CASE_STUDY_HEADING_BASE: HeadingBase = 2
export const MESSAGE_HEADING_BASE: HeadingBase = 3

export const keyPrefix = () => `v${RENDERER_VERSION}.h`

/** Names the render of `markdown` by the current renderer at `headingBase`. */
export function renderKey(markdown: string, headingBase: HeadingBase): string {
  return `${keyPrefix()}${headingBase}.${createHash('sha256').update(markdown).digest('base64url').slice(0, 32)}`
}

export type StoredRender = { bodyHtml: string; bodyHtmlKey: string }

/** The columns to write beside `markdown`. Never throws: a failed render stores escaped text. */
export function renderForStorage(markdown: string, headingBase: HeadingBase): StoredRender {
  let bodyHtml: string
  try {
    bodyHtml = renderMarkdown(markdown, { headingBase })
  } catch {
    bodyHtml = renderAsText(markdown)
  }
  return { bodyHtml, bodyHtmlKey: renderKey(markdown, headingBase) }
}

export type StoredRow = { body: string; bodyHtml: string | null; bodyHtmlKey: string | null }

/** The stored HTML when it is the current render of `row.body`, else null. */
export function currentStoredHtml(row: StoredRow, headingBase: HeadingBase): string | null {
  return row.bodyHtml !== null && row.bodyHtmlKey === renderKey(row.body, headingBase) ? row.bodyHtml : null
}
