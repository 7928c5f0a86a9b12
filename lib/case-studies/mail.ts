// E-mails to authors about review decisions. English and short for now (the in-app notification
// is translated); moving them to the "Mail" catalogue only changes this file.
import { siteUrl } from '@/lib/site-url'

export type DecisionKind = 'changesRequested' | 'published' | 'rejected' | 'unpublished'

/** Where authors follow their case study in the portal. */
export function caseStudyPortalUrl(caseStudyId: string): string {
  return `${siteUrl()}/my/case-studies/${encodeURIComponent(caseStudyId)}`
}

export function decisionMail(
  kind: DecisionKind,
  values: { name: string; title: string; caseStudyId: string; revision: boolean; note?: string },
): { subject: string; text: string } {
  const what = values.revision ? `Your changes to “${values.title}”` : `“${values.title}”`
  const lines: Record<DecisionKind, { subject: string; line: string }> = {
    changesRequested: {
      subject: `Changes requested: ${values.title}`,
      line: `A reviewer asked for changes to ${values.revision ? `your changes to “${values.title}”` : `“${values.title}”`}:`,
    },
    published: {
      subject: `Published: ${values.title}`,
      line: `${what} ${values.revision ? 'are' : 'is'} now published.`,
    },
    rejected: {
      subject: `Not accepted: ${values.title}`,
      line: `${what} ${values.revision ? 'were' : 'was'} not accepted:`,
    },
    unpublished: {
      subject: `Unpublished: ${values.title}`,
      line: `“${values.title}” was taken off the public library:`,
    },
  }
  const { subject, line } = lines[kind]
  const note = values.note ? `\n\n${values.note}` : ''
  return {
    subject,
    text: `Hello ${values.name},\n\n${line}${note}\n\n${caseStudyPortalUrl(values.caseStudyId)}\n\n— Circulars Portal\n`,
  }
}
