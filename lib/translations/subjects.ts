// What can be translated: each subject type's translatable fields, with the limits their source
// fields have, and how a subject's source is read. One table (ContentTranslation) serves every
// type; a new type (resources, events) adds an enum value, an entry here and its loader.
//
// Decisions:
// - The source is what readers see now: a case study's row (a revision under review is not the
//   source until it is approved and copied onto the row), a hub's or coalition's description.
// - A field is required in a translation exactly when its source has text; a field whose source
//   is empty is never stored.
// - `sourceHash` is the sha256 of the source fields in the order listed here (JSON, empty
//   fields as null), so any change of any translated field makes the translation outdated,
//   while changes of other columns (status, metrics, topics) do not.
import { createHash } from 'node:crypto'
import type { TranslationSubject } from '@/lib/generated/prisma/enums'
import { BODY_MAX, SUMMARY_MAX, TENDER_CLAUSES_MAX, TITLE_MAX } from '@/lib/validation/case-study'

export type FieldSpec = {
  name: string
  /** Source and translation limit, in characters. */
  max: number
  /** One line (titles) or paragraphs. */
  multiline: boolean
  /** Rendered as Markdown (the case-study body). */
  markdown: boolean
}

export const subjectFields = {
  CASE_STUDY: [
    { name: 'title', max: TITLE_MAX, multiline: false, markdown: false },
    { name: 'summary', max: SUMMARY_MAX, multiline: true, markdown: false },
    { name: 'body', max: BODY_MAX, multiline: true, markdown: true },
    { name: 'tenderClauses', max: TENDER_CLAUSES_MAX, multiline: true, markdown: false },
  ],
  HUB: [{ name: 'description', max: 2000, multiline: true, markdown: false }],
  COALITION: [{ name: 'description', max: 2000, multiline: true, markdown: false }],
} as const satisfies Record<TranslationSubject, readonly FieldSpec[]>

export type SourceFields = Record<string, string | null>

/** The sha256 (hex) of a subject's source fields, as stored in ContentTranslation.sourceHash. */
export function sourceHash(type: TranslationSubject, source: SourceFields): string {
  const values = subjectFields[type].map((spec) => {
    const value = source[spec.name]
    return typeof value === 'string' && value.trim() !== '' ? value : null
  })
  return createHash('sha256').update(JSON.stringify(values)).digest('hex')
}

/** The fields a translation of this source must have (those with source text). */
export function requiredFields(type: TranslationSubject, source: SourceFields): FieldSpec[] {
  return subjectFields[type].filter((spec) => {
    const value = source[spec.name]
    return typeof value === 'string' && value.trim() !== ''
  })
}

/** A stored `fields` JSON as text by field name (anything else in it is ignored). */
export function storedFields(type: TranslationSubject, value: unknown): Record<string, string> {
  const result: Record<string, string> = {}
  if (!value || typeof value !== 'object' || Array.isArray(value)) return result
  for (const spec of subjectFields[type]) {
    const text = (value as Record<string, unknown>)[spec.name]
    if (typeof text === 'string' && text !== '') result[spec.name] = text
  }
  return result
}
