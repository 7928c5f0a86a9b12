// A labelled input with its hint and errors tied to it (aria-describedby, aria-invalid).
type FieldProps = {
  name: string
  label: string
  type?: 'text' | 'email' | 'password' | 'search'
  hint?: string
  errors?: string[]
  autoComplete?: string
  required?: boolean
  defaultValue?: string
  maxLength?: number
  idPrefix?: string
}

export function Field({ name, label, type = 'text', hint, errors, autoComplete, required, defaultValue, maxLength, idPrefix = 'field' }: FieldProps) {
  const id = `${idPrefix}-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = errors?.length ? `${id}-error` : undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
      />
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  )
}

type SelectFieldProps = Omit<FieldProps, 'type' | 'autoComplete' | 'maxLength'> & {
  options: { value: string; label: string }[]
  placeholder?: string
}

export function SelectField({ name, label, hint, errors, required, defaultValue, options, placeholder, idPrefix = 'field' }: SelectFieldProps) {
  const id = `${idPrefix}-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = errors?.length ? `${id}-error` : undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-900">
        {label}
      </label>
      {hint ? <p id={hintId} className="text-sm text-slate-600">{hint}</p> : null}
      <select
        id={id}
        name={name}
        required={required}
        defaultValue={defaultValue ?? ''}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errorId ? <p id={errorId} className="text-sm font-medium text-red-800">{errors!.join(' ')}</p> : null}
    </div>
  )
}

type TextAreaFieldProps = Omit<FieldProps, 'type' | 'autoComplete'> & { rows?: number }

export function TextAreaField({ name, label, hint, errors, required, defaultValue, maxLength, rows = 4, idPrefix = 'field' }: TextAreaFieldProps) {
  const id = `${idPrefix}-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = errors?.length ? `${id}-error` : undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-900">{label}</label>
      {hint ? <p id={hintId} className="text-sm text-slate-600">{hint}</p> : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={required}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
      />
      {errorId ? <p id={errorId} className="text-sm font-medium text-red-800">{errors!.join(' ')}</p> : null}
    </div>
  )
}
