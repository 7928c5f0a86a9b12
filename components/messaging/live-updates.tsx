'use client'
// Keeps an open thread current: every 3 seconds it asks the polling route for messages newer
// than the last one shown and, when there are any, refreshes the page's server components (which
// also marks them read). Pauses while the tab is hidden; announces arrivals to screen readers.
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

const INTERVAL_MS = 3000

export function LiveUpdates({ conversationId, after, newMessagesLabel }: { conversationId: string; after: string; newMessagesLabel: string }) {
  const router = useRouter()
  const latest = useRef(after)
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    latest.current = after
  }, [after])

  useEffect(() => {
    let stopped = false
    let busy = false
    const poll = async () => {
      if (busy || stopped || document.visibilityState === 'hidden') return
      busy = true
      try {
        const response = await fetch(
          `/api/conversations/${encodeURIComponent(conversationId)}/messages?after=${encodeURIComponent(latest.current)}`,
          { cache: 'no-store', headers: { Accept: 'application/json' } },
        )
        if (!response.ok) return
        const { messages } = (await response.json()) as { messages: { createdAt: string }[] }
        if (messages.length && !stopped) {
          latest.current = messages[messages.length - 1]!.createdAt
          setAnnouncement(newMessagesLabel)
          router.refresh()
        }
      } catch {
        // Offline for a moment: the next tick tries again.
      } finally {
        busy = false
      }
    }
    const timer = window.setInterval(poll, INTERVAL_MS)
    return () => {
      stopped = true
      window.clearInterval(timer)
    }
  }, [conversationId, newMessagesLabel, router])

  return (
    <p aria-live="polite" className="sr-only">
      {announcement}
    </p>
  )
}
