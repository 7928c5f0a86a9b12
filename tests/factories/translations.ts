// Translations around the case-study test network: valid input for a case study's source, and a
// snapshot of what the translation services may write (for "refused, and nothing changed").
import { db } from '@/lib/db'
import { sourceHash } from '@/lib/translations'

export async function caseStudySource(caseStudyId: string) {
  const row = await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudyId }, select: { title: true, summary: true, body: true, tenderClauses: true } })
  return { ...row, hash: sourceHash('CASE_STUDY', row) }
}

/** A Spanish translation of a factory case study (its tender clauses are empty). */
export async function spanishInput(caseStudyId: string, fields: Record<string, string> = {}) {
  const { hash } = await caseStudySource(caseStudyId)
  return {
    subjectType: 'CASE_STUDY',
    subjectId: caseStudyId,
    language: 'es',
    sourceHash: hash,
    fields: {
      title: 'Compostaje de residuos de mercado',
      summary: 'Lo que hizo la ciudad, lo que logró y lo que aprendió.',
      body: 'Primera línea.\nSegunda línea.\n',
      ...fields,
    },
  }
}

export async function translationSnapshot() {
  const [translations, audit] = await Promise.all([
    db.contentTranslation.findMany({ orderBy: { id: 'asc' } }),
    db.auditLog.findMany({ where: { action: { startsWith: 'translation.' } }, orderBy: { id: 'asc' } }),
  ])
  return { translations, audit }
}
