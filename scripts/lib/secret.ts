// A stable NEXTAUTH_SECRET for local runs: generated once and kept under .data/, so sessions
// survive restarts. Production deployments set NEXTAUTH_SECRET themselves.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { root } from './app-server'

export function localSecret(): string {
  const file = path.join(root, '.data/nextauth-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
