// The states the authoring and review forms receive from their server actions. A failed
// submission carries back what was typed (`values`), and `attempt` changes on every answer so
// the form is rebuilt with those values rather than reset to the saved ones.
import type { ActionResult } from '@/lib/actions/result'
import type { CaseStudyFormValues } from './form-values'

export type CaseStudyFormState = ActionResult & { values?: CaseStudyFormValues; attempt?: number }

export type NoteFormState = ActionResult & { value?: string; attempt?: number }

export type PreviewState = { status: 'idle' } | { status: 'ok'; html: string } | { status: 'error'; message: string }

export const idleCaseStudyForm: CaseStudyFormState = { status: 'idle' }
export const idleNoteForm: NoteFormState = { status: 'idle' }
