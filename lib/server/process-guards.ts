// What the production server does with an error nobody caught: log it and exit 1. After an
// uncaught exception or an unhandled rejection the process's state is unknown (a half-done
// request, a leaked lock, a broken pool), so it does not carry on: the supervisor (`npm start`'s
// parent, systemd, the orchestrator) starts a clean process. Used by scripts/serve.ts.
type ProcessLike = { on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown }

export function exitOnUncaughtErrors(
  target: ProcessLike = process,
  { log = console.error, exit = (code: number) => process.exit(code) }: { log?: (...args: unknown[]) => void; exit?: (code: number) => void } = {},
): void {
  const crash = (kind: string) => (error: unknown) => {
    log(`${kind}: exiting so that a clean process takes over`, error)
    exit(1)
  }
  target.on('uncaughtException', crash('uncaught exception'))
  target.on('unhandledRejection', crash('unhandled rejection'))
}
