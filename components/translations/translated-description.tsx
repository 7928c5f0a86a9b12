// A hub's or coalition's description in the page's language when it is translated (with its
// mark), else in its own; `?original=1` shows the original. Styled as the page header's intro.
import { getLocale } from 'next-intl/server'
import type { TranslationSubject } from '@/lib/generated/prisma/enums'
import { findReaderTranslation } from '@/lib/translations/reader'
import { TranslationMark, wantsOriginal } from './translation-mark'

export async function TranslatedDescription({
  type,
  subject,
  query,
}: {
  type: Extract<TranslationSubject, 'HUB' | 'COALITION'>
  subject: { id: string; language: string; description: string }
  query: Record<string, string | string[] | undefined>
}) {
  const translation = await findReaderTranslation(type, { id: subject.id, language: subject.language, source: { description: subject.description } }, await getLocale())
  const showingOriginal = !translation || wantsOriginal(query)
  const text = (!showingOriginal && translation.fields.description) || subject.description
  return (
    <>
      <p lang={showingOriginal ? subject.language : translation.language} className="max-w-3xl text-lg text-slate-700">
        {text}
      </p>
      {translation ? <TranslationMark translation={translation} showingOriginal={showingOriginal} /> : null}
    </>
  )
}
