// The case-study workflow as data: which action is legal in which state. Permissions
// (lib/auth/permissions.ts) answer "who"; this answers "when". Services check it inside their
// transaction, after locking the case study row, so two concurrent decisions cannot both pass.
//
//   DRAFT ──submit──▶ SUBMITTED ──publish──▶ PUBLISHED ──unpublish──▶ UNPUBLISHED
//                        │  ▲                  │                          │
//           requestChanges  submit             │ edit: opens a revision   │ edit, submit
//                        ▼  │                  ▼                          ▼
//                 CHANGES_REQUESTED      revision DRAFT ──submit──▶ revision SUBMITTED
//   SUBMITTED ──reject──▶ REJECTED (final)      ▲                 │ publish: copied onto the
//                                               └─ edit ◀─ requestChanges      case study
//
// Before its first publication (and once unpublished) a case study is not public, so authors
// edit its row directly and every submission snapshots it into a numbered revision. Once
// PUBLISHED, the row is what the public sees: edits go into an open revision (status DRAFT),
// which is submitted and reviewed while the published fields stay as they are, and approval
// copies it onto the row. A case study has at most one open (DRAFT or SUBMITTED) revision, which
// a partial unique index enforces.
import { AppError } from '@/lib/errors'
import type { CaseStudyStatus } from '@/lib/generated/prisma/enums'

export type OpenRevisionStatus = 'DRAFT' | 'SUBMITTED' | null

export type WorkflowState = {
  status: CaseStudyStatus
  /** Status of the open revision of a published case study, if any. */
  openRevision: OpenRevisionStatus
}

export const workflowActions = [
  'edit',
  'submit',
  'requestChanges',
  'publish',
  'reject',
  'unpublish',
  'comment',
  'addAttachment',
  'removeAttachment',
] as const
export type WorkflowAction = (typeof workflowActions)[number]

/** States in which authors edit the case study row itself (it is not public). */
export const editableInPlace: readonly CaseStudyStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'UNPUBLISHED']

const underReview = (state: WorkflowState) =>
  state.status === 'SUBMITTED' || (state.status === 'PUBLISHED' && state.openRevision === 'SUBMITTED')

const rules: Record<WorkflowAction, (state: WorkflowState) => boolean> = {
  edit: (state) => editableInPlace.includes(state.status) || (state.status === 'PUBLISHED' && state.openRevision !== 'SUBMITTED'),
  submit: (state) => editableInPlace.includes(state.status) || (state.status === 'PUBLISHED' && state.openRevision === 'DRAFT'),
  requestChanges: underReview,
  publish: underReview,
  reject: underReview,
  unpublish: (state) => state.status === 'PUBLISHED',
  comment: () => true,
  // Files of a published case study are public at once and revisions do not carry files, so
  // adding one to a published case study would skip review: only while it is not public.
  addAttachment: (state) => editableInPlace.includes(state.status),
  // Taking a file down never needs review.
  removeAttachment: () => true,
}

export function isLegal(action: WorkflowAction, state: WorkflowState): boolean {
  return rules[action](state)
}

export function illegalTransition(): AppError {
  return new AppError('CONFLICT', 'This case study cannot do that in its current state. Reload the page to see it.', {
    key: 'illegalTransition',
  })
}

export function assertLegal(action: WorkflowAction, state: WorkflowState) {
  if (!isLegal(action, state)) throw illegalTransition()
}
