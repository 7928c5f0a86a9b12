'use client'
// The library's search box with suggestions while typing: the ARIA 1.2 combobox pattern (list
// autocomplete; arrow keys move through the suggestions, Enter takes one, Escape closes, the
// count is announced). Without JavaScript it is the plain search field it renders as.
// Suggestions come from GET /api/v1/suggest (words of published case studies and network names).
import { useEffect, useId, useRef, useState } from 'react'

type Props = {
  id: string
  name: string
  defaultValue: string
  describedBy: string
  maxLength: number
  /** What to announce for 0 to 8 suggestions (translated on the server, plural rules included). */
  announcements: string[]
  listLabel: string
}

export function SearchBox({ id, name, defaultValue, describedBy, maxLength, announcements, listLabel }: Props) {
  const listId = useId()
  const [value, setValue] = useState(defaultValue)
  const [suggestions, setSuggestions] = useState<string[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const typed = useRef(false)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (!typed.current) return
    // Shorter text shows no list (see `shown` below); nothing to ask for.
    if (value.trim().length < 2) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`/api/v1/suggest?q=${encodeURIComponent(value.slice(0, 64))}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { suggestions: [] }))
        .then((body: { suggestions?: string[] }) => {
          const list = (body.suggestions ?? []).filter((s) => s.toLowerCase() !== value.toLowerCase())
          setSuggestions(list)
          setOpen(list.length > 0)
          setActive(-1)
        })
        .catch(() => {})
    }, 150)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [value])

  const choose = (text: string) => {
    typed.current = false
    setValue(text)
    setOpen(false)
    setActive(-1)
    const form = input.current?.form
    if (form) {
      // The chosen words go into the field before the form is sent.
      input.current!.value = text
      form.requestSubmit()
    }
  }

  const shown = open && value.trim().length >= 2 && suggestions.length > 0
  const message = shown ? (announcements[Math.min(suggestions.length, announcements.length - 1)] ?? '') : ''

  return (
    <div className="relative">
      <input
        ref={input}
        id={id}
        name={name}
        type="search"
        value={value}
        maxLength={maxLength}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          typed.current = true
          setValue(event.target.value)
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && suggestions.length) {
            event.preventDefault()
            setOpen(true)
            setActive((i) => (i + 1) % suggestions.length)
          } else if (event.key === 'ArrowUp' && suggestions.length) {
            event.preventDefault()
            setOpen(true)
            setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1))
          } else if (event.key === 'Enter' && shown && active >= 0) {
            event.preventDefault()
            choose(suggestions[active]!)
          } else if (event.key === 'Escape' && shown) {
            event.preventDefault()
            setOpen(false)
            setActive(-1)
          }
        }}
        className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={listLabel}
        hidden={!shown}
        className="absolute inset-x-0 z-10 mt-1 rounded border border-slate-400 bg-white py-1 shadow-lg"
      >
        {suggestions.map((suggestion, i) => (
          <li
            key={suggestion}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(event) => {
              event.preventDefault()
              choose(suggestion)
            }}
            className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-brand-700 text-white' : 'text-slate-900 hover:bg-brand-50'}`}
          >
            {suggestion}
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {message}
      </p>
    </div>
  )
}
