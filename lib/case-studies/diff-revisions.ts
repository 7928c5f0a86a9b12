// A field-by-field comparison of two revisions of a case study, for reviewers ("what changed
// since the version I sent back?") and authors. Text fields are compared word by word with the
// `diff` package, as they are read: the body's Markdown syntax is taken out first
// (lib/markdown/plain-text.ts) and whitespace does not count, so a changed "**" or a trailing
// newline is not shown as a line removed and added again; scalar fields as before/after; topics, coalitions and practices as sets;
// metrics by type (by what the authors wrote: a reviewer's verification flag is not a change).
// Only fields that differ are listed, in the order of the form.
// A pathological pair of texts (50,000 characters, every line different) is cut off after a
// time budget and shown as replaced whole, so a diff can never hold the server for long.
import 'server-only'
import { diffArrays } from 'diff'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { MetricType, RevisionStatus } from '@/lib/generated/prisma/enums'
import { markdownToReadText } from '@/lib/markdown/plain-text'
import { parseInput } from '@/lib/service/kernel'
import { DiffRevisionsSchema } from '@/lib/validation/case-study'
import { parseStoredContent, type CaseStudyContent, type ContentMetric } from './content'
import { requireRevisionReader } from './revision-access'

export type TextPart = { value: string; added: boolean; removed: boolean }

export type FieldDiff =
  | { field: 'title' | 'summary' | 'body' | 'tenderClauses'; kind: 'text'; parts: TextPart[] }
  | { field: 'language' | 'startYear' | 'projectStatus'; kind: 'value'; from: string | number | null; to: string | number | null }
  | { field: 'topics' | 'coalitions' | 'procurementPractices'; kind: 'set'; added: string[]; removed: string[] }
  | {
      field: 'metrics'
      kind: 'metrics'
      added: ContentMetric[]
      removed: ContentMetric[]
      changed: { type: MetricType; from: ContentMetric; to: ContentMetric }[]
    }

export type RevisionDiff = {
  caseStudyId: string
  from: { number: number; status: RevisionStatus }
  to: { number: number; status: RevisionStatus }
  changes: FieldDiff[]
}

const DIFF_TIMEOUT_MS = 1000
/**
 * Bodies up to this size are compared as read (Markdown parsed, about 0.1 s); a longer one, far
 * beyond any real case study, is compared as written, so a diff's cost stays bounded.
 */
const READ_TEXT_LIMIT = 20_000

/** Words with their punctuation ("4,000", "crates,") and the whitespace between them. */
const tokens = (text: string) => text.match(/\s+|\S+/g) ?? []
const isSpace = (token: string) => /^\s+$/.test(token)

export function diffText(before: string, after: string): TextPart[] {
  // Any whitespace equals any other: a reflowed line or a trailing newline is no change.
  const changes = diffArrays(tokens(before), tokens(after), {
    comparator: (left, right) => left === right || (isSpace(left) && isSpace(right)),
    timeout: DIFF_TIMEOUT_MS,
  })
  const parts = changes?.map((change) => ({ value: change.value.join(''), added: !!change.added, removed: !!change.removed }))
  if (!parts) {
    return [
      ...(before ? [{ value: before, added: false, removed: true }] : []),
      ...(after ? [{ value: after, added: true, removed: false }] : []),
    ]
  }
  return parts
}

/** What the authors wrote; `verified` is a reviewer's flag, not a change to the content. */
const sameMetric = (a: ContentMetric, b: ContentMetric) =>
  a.value === b.value && a.currency === b.currency && a.baselineYear === b.baselineYear && a.method === b.method

/** The differences between two content snapshots (pure; exported for unit use). */
export function diffContent(from: CaseStudyContent, to: CaseStudyContent): FieldDiff[] {
  const changes: FieldDiff[] = []
  const text = (field: 'title' | 'summary' | 'body' | 'tenderClauses') => {
    const read = (value: string | null) =>
      field === 'body' && (value ?? '').length <= READ_TEXT_LIMIT ? markdownToReadText(value ?? '') : (value ?? '').trim()
    const before = read(from[field])
    const after = read(to[field])
    if (before.split(/\s+/).join(' ') !== after.split(/\s+/).join(' ')) changes.push({ field, kind: 'text', parts: diffText(before, after) })
  }
  const value = (field: 'language' | 'startYear' | 'projectStatus') => {
    if (from[field] !== to[field]) changes.push({ field, kind: 'value', from: from[field], to: to[field] })
  }
  const set = (field: 'topics' | 'coalitions' | 'procurementPractices') => {
    const before: string[] = from[field]
    const after: string[] = to[field]
    const added = after.filter((item) => !before.includes(item))
    const removed = before.filter((item) => !after.includes(item))
    if (added.length || removed.length) changes.push({ field, kind: 'set', added, removed })
  }

  text('title')
  text('summary')
  text('body')
  value('language')
  value('startYear')
  value('projectStatus')
  set('topics')
  set('coalitions')
  set('procurementPractices')
  text('tenderClauses')

  const added = to.metrics.filter((metric) => !from.metrics.some((old) => old.type === metric.type))
  const removed = from.metrics.filter((metric) => !to.metrics.some((next) => next.type === metric.type))
  const changed = to.metrics.flatMap((metric) => {
    const old = from.metrics.find((candidate) => candidate.type === metric.type)
    return old && !sameMetric(old, metric) ? [{ type: metric.type, from: old, to: metric }] : []
  })
  if (added.length || removed.length || changed.length) changes.push({ field: 'metrics', kind: 'metrics', added, removed, changed })
  return changes
}

export async function diffRevisions(heldActor: Actor | null, rawInput: unknown): Promise<RevisionDiff> {
  const input = parseInput(DiffRevisionsSchema, rawInput)
  const { caseStudy } = await requireRevisionReader(heldActor, input.caseStudyId)
  const revisions = await db.caseStudyRevision.findMany({
    where: { caseStudyId: caseStudy.id, number: { in: [input.from, input.to] } },
    select: { number: true, status: true, content: true },
  })
  const from = revisions.find((revision) => revision.number === input.from)
  const to = revisions.find((revision) => revision.number === input.to)
  if (!from || !to) throw new AppError('NOT_FOUND', 'Revision not found.')
  return {
    caseStudyId: caseStudy.id,
    from: { number: from.number, status: from.status },
    to: { number: to.number, status: to.status },
    changes: diffContent(parseStoredContent(from.content), parseStoredContent(to.content)),
  }
}
