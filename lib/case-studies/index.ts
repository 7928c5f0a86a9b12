// The case-study authoring and review domain: drafts, submissions, review decisions, revisions
// of published case studies and their diffs, the review thread. Every function authorises its
// actor itself; callers only authenticate. Files are in lib/uploads; the public library reads
// published case studies elsewhere (lib/case-studies/list-latest.ts, lib/library).
export * from './comment-on-case-study'
export * from './create-case-study'
export * from './diff-revisions'
export * from './get-case-study-draft'
export * from './get-revision'
export * from './list-city-case-studies'
export * from './list-review-queue'
export * from './list-revisions'
export * from './publish-case-study'
export * from './reject-case-study'
export * from './request-case-study-changes'
export * from './submit-case-study'
export * from './unpublish-case-study'
export * from './update-case-study'
export type { CaseStudyContent, ContentMetric } from './content'
export { isLegal, workflowActions, type WorkflowAction, type WorkflowState } from './workflow'
