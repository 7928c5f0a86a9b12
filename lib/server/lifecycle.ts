// What an instance must do before it exits (stop the job workers, ...). Kept on globalThis:
// Next.js bundles lib/ apart from scripts/serve.ts, which runs the hooks after draining requests.
type Hook = () => Promise<unknown> | unknown
const HOOKS = Symbol.for('circulars.shutdownHooks')

function hooks(): Set<Hook> {
  const global = globalThis as Record<symbol, Set<Hook> | undefined>
  return (global[HOOKS] ??= new Set())
}

export function onShutdown(hook: Hook): void {
  hooks().add(hook)
}

/** Runs every hook, each failure logged, none allowed to take longer than `timeoutMs`. */
export async function runShutdownHooks(timeoutMs = 10_000): Promise<void> {
  await Promise.all([...hooks()].map((hook) =>
    Promise.race([
      Promise.resolve().then(hook).catch((error) => console.error('shutdown hook failed', error)),
      new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
    ])))
}
