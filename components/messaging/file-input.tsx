// Choosing files for a message: the same types as case-study files (checked again on the server
// by their content). Errors about the files are tied to the input. No hooks: usable from the
// client forms that hold it.
/** What one send may carry in all: the server-action body limit (next.config.js) less room for the text. */
export const MAX_SEND_BYTES = 9 * 1024 * 1024

/** Whether the files chosen in a form are more than one send can carry (checked before sending). */
export function filesTooLargeToSend(form: FormData): boolean {
  const total = form.getAll('files').reduce((sum, value) => sum + (typeof value === 'string' ? 0 : value.size), 0)
  return total > MAX_SEND_BYTES
}

export const ACCEPTED_FILE_TYPES = 'image/png,image/jpeg,image/webp,application/pdf,.png,.jpg,.jpeg,.webp,.pdf'

type Props = { id: string; label: string; hint: string; errors?: string[] }

export function FileInput({ id, label, hint, errors }: Props) {
  const errorId = errors?.length ? `${id}-error` : undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-900">{label}</label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>
      <input
        id={id}
        name="files"
        type="file"
        multiple
        accept={ACCEPTED_FILE_TYPES}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(' ')}
        className="w-full max-w-full text-base text-slate-900 file:me-3 file:rounded file:border file:border-slate-500 file:bg-white file:px-3 file:py-2 file:text-base file:text-slate-900"
      />
      {errorId ? <p id={errorId} className="text-sm font-medium text-red-800">{errors!.join(' ')}</p> : null}
    </div>
  )
}
