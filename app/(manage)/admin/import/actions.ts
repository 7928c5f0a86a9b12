'use server'
import { formOf } from '@/lib/actions/form'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { requestMeta, toAdminErrorResult } from '@/lib/admin/action-result'
import { applyImport, previewImport, type ImportState } from '@/lib/admin/import-csv'
import { getCurrentUser } from '@/lib/auth/session'
import { MAX_IMPORT_BYTES } from '@/lib/validation/admin'


/** The CSV text: an uploaded file wins over the text area. */
async function csvOf(form: FormData): Promise<string> {
  const file = formOf(form).get('file')
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) return 'x'.repeat(MAX_IMPORT_BYTES + 1)
    return file.text()
  }
  const text = form.get('csv')
  return typeof text === 'string' ? text : ''
}

export async function importCsvAction(_: ImportState, form: FormData): Promise<ImportState> {
  let csv = ''
  try {
    const user = await getCurrentUser()
    csv = await csvOf(form)
    const input = { kind: formOf(form).get('kind'), csv }
    const t = await getTranslations('AdminImport')
    if (formOf(form).get('intent') === 'apply') {
      const report = await applyImport(user, input, await requestMeta())
      if (!report.applied) return { status: 'error', message: t('notApplied', { count: report.errors.length }), report, csv, intent: 'apply' }
      revalidatePath('/admin/network')
      return { status: 'ok', message: t('applied', { count: report.rows.length }), report }
    }
    const report = await previewImport(user, input)
    return report.errors.length
      ? { status: 'error', message: t('previewErrors', { count: report.errors.length }), report, csv, intent: 'preview' }
      : { status: 'ok', message: t('previewOk', { count: report.rows.length }), report, csv }
  } catch (error) {
    const result = await toAdminErrorResult(error)
    return result.status === 'error' ? { ...result, csv: csv.length <= MAX_IMPORT_BYTES ? csv : undefined } : { status: 'error', message: '' }
  }
}
