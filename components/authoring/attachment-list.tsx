// A case study's files: images shown (with their text alternative), PDFs as download links,
// each with a remove button for those who may remove it.
import { getFormatter, getTranslations } from 'next-intl/server'
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { Badge } from '@/components/ui/badge'
import type { CaseStudyDraft } from '@/lib/case-studies'
import type { ActionResult } from '@/lib/actions/result'

type Props = {
  attachments: CaseStudyDraft['attachments']
  removeAction?: (state: ActionResult, form: FormData) => Promise<ActionResult>
}

export async function AttachmentList({ attachments, removeAction }: Props) {
  const t = await getTranslations('Authoring.files')
  const format = await getFormatter()
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? format.number(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 })
      : format.number(Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte', unitDisplay: 'short' })
  if (!attachments.length) return <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">{t('empty')}</p>
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {attachments.map((attachment) => {
        const href = `/api/files/${encodeURIComponent(attachment.id)}`
        return (
          <li key={attachment.id} className="flex flex-col gap-2 rounded border border-slate-200 p-3">
            {attachment.kind === 'IMAGE' ? (
              <figure className="space-y-1">
                {/* eslint-disable-next-line @next/next/no-img-element -- files are served by our own route with their own headers */}
                <img
                  src={href}
                  alt={attachment.altText ?? ''}
                  width={attachment.width ?? undefined}
                  height={attachment.height ?? undefined}
                  loading="lazy"
                  className="h-40 w-full rounded bg-slate-100 object-contain"
                />
                <figcaption className="text-sm text-slate-700">
                  <span className="block break-all font-medium text-slate-900">{attachment.fileName}</span>
                  {attachment.width && attachment.height
                    ? t('imageDetails', { width: String(attachment.width), height: String(attachment.height), size: size(attachment.byteSize) })
                    : size(attachment.byteSize)}
                </figcaption>
              </figure>
            ) : (
              <a href={href} download className="break-all font-medium">
                {t('pdfLink', { name: attachment.fileName, size: size(attachment.byteSize) })}
              </a>
            )}
            {attachment.isCover ? (
              <p>
                <Badge tone="brand">{t('cover')}</Badge>
              </p>
            ) : null}
            {removeAction ? (
              <InlineActionForm
                action={removeAction}
                hidden={{ attachmentId: attachment.id }}
                label={t('remove', { name: attachment.fileName })}
                pendingLabel={t('removing')}
                tone="danger"
              />
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
