import type { ActionResult } from '@/lib/actions/result'

export const idleResult: ActionResult = { status: 'idle' }
