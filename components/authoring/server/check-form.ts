// Validates the case-study form with the services' own schema before calling them, so that an
// error inside a metric row is reported on that row's input (the services flatten nested
// errors to "metrics"). The services validate again and check what needs the database.
import { AppError } from '@/lib/errors'
import { CaseStudyContentSchema } from '@/lib/validation/case-study'
import { fieldOfIssuePath, inputFromValues, sentMetricTypes, type CaseStudyFormValues } from '../form-values'

export function checkFormValues(values: CaseStudyFormValues): AppError | null {
  const parsed = CaseStudyContentSchema.safeParse(inputFromValues(values))
  if (parsed.success) return null
  const sent = sentMetricTypes(values)
  const fields: Record<string, string[]> = {}
  for (const issue of parsed.error.issues) {
    const field = fieldOfIssuePath(issue.path, sent)
    ;(fields[field] ??= []).push(issue.message)
  }
  return new AppError('INVALID', 'Please correct the highlighted fields.', { fields })
}
