// Announces the outcome of a form to everyone, including screen-reader users.
export function FormStatus({ state, errorHeading }: { state: { status: string; message?: string }; errorHeading?: string }) {
  if (state.status === 'ok' && state.message) {
    return (
      <div role="status" className="rounded border border-brand-600 bg-brand-50 p-3 text-brand-900">
        {state.message}
      </div>
    )
  }
  if (state.status === 'error' && state.message) {
    return (
      <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
        {errorHeading ? <p className="font-semibold">{errorHeading}</p> : null}
        <p>{state.message}</p>
      </div>
    )
  }
  return null
}
