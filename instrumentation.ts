// Runs once when a server instance starts: registers this instance's background workers.
// Without SMTP there is nothing to deliver (mail stays in the development mailbox); without
// MT_PROVIDER nothing to translate by machine.
export async function register() {
  // A half-configured S3 store (some S3_* set, a required one missing) stops the start, named.
  if (process.env.NEXT_RUNTIME === 'nodejs') (await import('./lib/uploads/file-store')).exitUnlessFileStoreConfigured()
  // No public origin in production stops the start too: links would point at localhost.
  if (process.env.NEXT_RUNTIME === 'nodejs') (await import('./lib/site-url')).exitUnlessPublicOriginConfigured()
  // Build the library's search index now rather than on the first reader's request.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production') {
    void import('./lib/search/sync')
      .then(({ getLibraryIndex }) => getLibraryIndex())
      .catch((error: unknown) => console.error('search index: first build failed; the next request tries again', error))
  }
  // Render the Markdown bodies stored without a current render (older rows, a new renderer
  // version) now, in the background, so readers do not meet them (lib/markdown/stored.ts).
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production') {
    void import('./lib/markdown/stored')
      .then(({ refreshStoredRenders }) => refreshStoredRenders())
      .then((count) => { if (count > 0) console.log(JSON.stringify({ event: 'markdown.refreshed', count })) })
      .catch((error: unknown) => console.error('markdown: refreshing stored renders failed; readers render stale rows themselves', error))
  }
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !(process.env.SMTP_URL || process.env.MT_PROVIDER) || process.env.JOBS === 'off') return
  const { startWorkers } = await import('./lib/jobs/queue')
  await startWorkers()
}
