// Imported first by every hostile test file: Next's server runtime provides AsyncLocalStorage as a
// global before any of its modules load (they read it at load time); route handlers imported
// into a test need the same.
import { AsyncLocalStorage } from 'node:async_hooks'

const runtime = globalThis as unknown as { AsyncLocalStorage?: typeof AsyncLocalStorage }
runtime.AsyncLocalStorage ??= AsyncLocalStorage
