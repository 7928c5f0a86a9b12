'use client'
// The list of a form's problems at its top: it takes focus when a submission fails, so keyboard
// and screen-reader users start from it, and each item leads to the input concerned.
import { useEffect, useRef } from 'react'

export type ErrorSummaryItem = { key: string; targetId: string | null; label: string; message: string }

export function ErrorSummary({ heading, message, items, attempt }: { heading: string; message: string; items: ErrorSummaryItem[]; attempt?: number }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [attempt])
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-heading" className="rounded border-2 border-red-700 bg-red-50 p-4 text-red-900">
      <h2 id="error-summary-heading" className="text-lg font-semibold">
        {heading}
      </h2>
      <p className="mt-1">{message}</p>
      {items.length ? (
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {items.map((item) => (
            <li key={item.key}>
              {item.targetId ? (
                <a
                  href={`#${item.targetId}`}
                  className="text-red-900 underline"
                  onClick={(event) => {
                    const target = document.getElementById(item.targetId!)
                    if (!target) return
                    event.preventDefault()
                    target.focus()
                    target.scrollIntoView({ block: 'center' })
                  }}
                >
                  {item.label}: {item.message}
                </a>
              ) : (
                <span>
                  {item.label}: {item.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
