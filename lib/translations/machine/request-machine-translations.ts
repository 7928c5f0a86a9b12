// After a case study is published (or its published text replaced by an approved revision),
// or a hub's or coalition's description changes: one machine-translation job per configured
// language, keyed by (subject, language, source hash) so a burst of identical requests queues
// one job. Nothing at all when machine translation is off. Never throws: a failure to queue is
// logged (the translation can still be made by a person, or by the next change).
import 'server-only'
import { machineConfig } from './config'
import type { TranslationSubject } from '@/lib/generated/prisma/enums'
import { loadSubject } from '../shared'

export async function queueMachineTranslations(subjectType: TranslationSubject, subjectId: string): Promise<number> {
  try {
    const config = machineConfig()
    if (!config) return 0
    const subject = await loadSubject(null, subjectType, subjectId, { system: true })
    if (!subject.isPublic) return 0
    const { requestMachineTranslation } = await import('@/lib/jobs/queue')
    let queued = 0
    for (const language of config.languages) {
      if (language === subject.language) continue
      if (await requestMachineTranslation({ subjectType, subjectId, language, sourceHash: subject.hash })) queued++
    }
    return queued
  } catch (error) {
    console.error('machine translation: could not queue jobs', error instanceof Error ? error.message : error)
    return 0
  }
}

/** Fire and forget, after a commit. */
export function kickMachineTranslations(subjectType: TranslationSubject, subjectId: string): void {
  if (!process.env.MT_PROVIDER) return
  void queueMachineTranslations(subjectType, subjectId)
}
