// Translations of content: case studies, hub and coalition descriptions (later resources and
// events), by people or by a machine translation engine, reviewed by hubs. Every function
// authorises its actor itself; callers only authenticate.
export * from './list-subject-translations'
export * from './list-translation-queue'
export * from './review-translation'
export * from './save-translation'
export { sourceHash, subjectFields, type FieldSpec, type SourceFields } from './subjects'
export { isOutdated, readerMark, stateOf, type ReaderMark, type TranslationState } from './state'
export * from './list-description-subjects'
