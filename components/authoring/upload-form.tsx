'use client'
// Adds an image or a PDF to a case study with a visible progress bar: XMLHttpRequest is the one
// browser API that reports upload progress. It posts multipart/form-data to
// /api/case-studies/:id/attachments, which answers JSON; the page's file list is then refreshed.
// Without JavaScript the form still posts to the same route.
import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

export type UploadFormLabels = Record<
  | 'heading' | 'file' | 'fileHint' | 'altText' | 'altTextHint' | 'asCover' | 'upload' | 'uploading' | 'progressLabel'
  | 'progress' | 'done' | 'networkError' | 'chooseFile' | 'altTextRequired' | 'tooLarge' | 'errorHeading',
  string
>

type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; percent: number }
  | { status: 'done'; fileName: string }
  | { status: 'error'; message: string; fields: Record<string, string[]> }

const ACCEPT = 'image/png,image/jpeg,image/webp,application/pdf,.png,.jpg,.jpeg,.webp,.pdf'
const MAX_BYTES = 20 * 1024 * 1024

const isPdf = (file: File) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name)

export function UploadForm({ caseStudyId, labels }: { caseStudyId: string; labels: UploadFormLabels }) {
  const router = useRouter()
  const formRef = useRef<HTMLFormElement>(null)
  const [state, setState] = useState<UploadState>({ status: 'idle' })
  const [percent, setPercent] = useState<number | null>(null)
  const endpoint = `/api/case-studies/${encodeURIComponent(caseStudyId)}/attachments`
  const fields = state.status === 'error' ? state.fields : {}

  const fail = (message: string, fieldErrors: Record<string, string[]> = {}) => setState({ status: 'error', message, fields: fieldErrors })

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const file = data.get('file')
    if (!(file instanceof File) || file.size === 0) return fail(labels.chooseFile, { file: [labels.chooseFile] })
    if (file.size > MAX_BYTES) return fail(labels.tooLarge, { file: [labels.tooLarge] })
    const kind = isPdf(file) ? 'PDF' : 'IMAGE'
    data.set('kind', kind)
    if (kind === 'IMAGE' && !String(data.get('altText') ?? '').trim()) {
      return fail(labels.altTextRequired, { altText: [labels.altTextRequired] })
    }
    if (kind === 'PDF') data.delete('asCover')

    const request = new XMLHttpRequest()
    request.open('POST', endpoint)
    request.responseType = 'json'
    request.setRequestHeader('Accept', 'application/json')
    request.upload.onprogress = (progress) => {
      if (progress.lengthComputable) setPercent(Math.min(100, Math.round((progress.loaded / progress.total) * 100)))
    }
    request.onload = () => {
      const body = request.response as { error?: { message?: string; fields?: Record<string, string[]> } } | null
      if (request.status === 201) {
        setPercent(100)
        setState({ status: 'done', fileName: file.name })
        formRef.current?.reset()
        router.refresh()
      } else {
        fail(body?.error?.message ?? labels.networkError, body?.error?.fields ?? {})
      }
    }
    request.onerror = () => fail(labels.networkError)
    request.onabort = () => fail(labels.networkError)
    setPercent(0)
    setState({ status: 'uploading', percent: 0 })
    request.send(data)
  }

  const fieldError = (name: string) =>
    fields[name]?.length ? (
      <p id={`upload-${name}-error`} className="text-sm font-medium text-red-800">
        {fields[name].join(' ')}
      </p>
    ) : null
  const describedBy = (name: string, hint: boolean) =>
    [hint ? `upload-${name}-hint` : null, fields[name]?.length ? `upload-${name}-error` : null].filter(Boolean).join(' ') || undefined
  const uploading = state.status === 'uploading'

  return (
    <form
      ref={formRef}
      action={endpoint}
      method="post"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="upload-heading"
      className="max-w-2xl space-y-4 rounded border border-slate-300 p-4"
    >
      <h3 id="upload-heading" className="text-lg font-semibold">
        {labels.heading}
      </h3>
      <div className="flex flex-col gap-1">
        <label htmlFor="upload-file" className="font-medium text-slate-900">
          {labels.file}
        </label>
        <p id="upload-file-hint" className="text-sm text-slate-600">
          {labels.fileHint}
        </p>
        <input
          id="upload-file"
          name="file"
          type="file"
          accept={ACCEPT}
          required
          aria-invalid={fields.file?.length ? true : undefined}
          aria-describedby={describedBy('file', true)}
          className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
        />
        {fieldError('file')}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="upload-altText" className="font-medium text-slate-900">
          {labels.altText}
        </label>
        <p id="upload-altText-hint" className="text-sm text-slate-600">
          {labels.altTextHint}
        </p>
        <input
          id="upload-altText"
          name="altText"
          type="text"
          maxLength={300}
          aria-invalid={fields.altText?.length ? true : undefined}
          aria-describedby={describedBy('altText', true)}
          className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
        />
        {fieldError('altText')}
      </div>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="asCover" value="true" className="mt-1 h-5 w-5 shrink-0" />
        <span>{labels.asCover}</span>
      </label>
      <button
        type="submit"
        disabled={uploading}
        aria-disabled={uploading}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      >
        {uploading ? labels.uploading : labels.upload}
      </button>
      {percent !== null ? (
        <div className="space-y-1">
          <label id="upload-progress-label" htmlFor="upload-progress" className="text-sm font-medium">
            {labels.progressLabel}
          </label>
          <progress id="upload-progress" max={100} value={percent} aria-labelledby="upload-progress-label" className="block h-3 w-full">
            {labels.progress.replace('{percent}', String(percent))}
          </progress>
          <p className="text-sm text-slate-700" aria-hidden="true">
            {labels.progress.replace('{percent}', String(percent))}
          </p>
        </div>
      ) : null}
      <div aria-live="polite">
        {state.status === 'done' ? (
          <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3 text-brand-900">
            {labels.done.replace('{name}', state.fileName)}
          </p>
        ) : null}
      </div>
      {state.status === 'error' ? (
        <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{labels.errorHeading}</p>
          <p>{state.message}</p>
        </div>
      ) : null}
    </form>
  )
}
