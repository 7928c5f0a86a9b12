// Security floor for the packages that guard the door. `npm audit` cannot reach its advisory
// service from every machine, so CI checks installed versions against the minimum patched
// releases we know of. Raise a floor when an advisory is published.
import { readFileSync } from 'node:fs'
import path from 'node:path'

const floors: Record<string, string> = {
  next: '16.4.6',
  'next-auth': '4.24.15',
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@prisma/client': '7.10.0',
  '@prisma/adapter-pg': '7.10.0',
  pg: '8.23.1',
  zod: '4.6.7',
  '@node-rs/argon2': '2.0.2',
}

function compare(a: string, b: string) {
  const pa = a.split(/[.+-]/).map(Number)
  const pb = b.split(/[.+-]/).map(Number)
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

let failed = false
for (const [name, floor] of Object.entries(floors)) {
  const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
  const ok = compare(manifest.version, floor) >= 0
  if (!ok) failed = true
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(20)} ${manifest.version.padEnd(10)} floor ${floor}`)
}
if (failed) {
  console.error('a security-critical package is below its patched floor')
  process.exit(1)
}
