// "received 3 hours ago", with the exact time for those who hover or read the markup.
import { getFormatter, getNow } from 'next-intl/server'

export async function Waiting({ since, label }: { since: Date; label: (ago: string) => string }) {
  const [format, now] = await Promise.all([getFormatter(), getNow()])
  return (
    <time dateTime={since.toISOString()} title={format.dateTime(since, { dateStyle: 'long', timeStyle: 'short' })}>
      {label(format.relativeTime(since, now))}
    </time>
  )
}
