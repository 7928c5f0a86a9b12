// Prints the JavaScript a browser downloads to show a page (first load): every <script src> in
// the served HTML, raw and gzip-compressed. Usage: tsx scripts/first-load-js.ts [url]
import { gzipSync } from 'node:zlib'

const target = new URL(process.argv[2] ?? 'http://localhost:3000/en')
const html = await (await fetch(target)).text()
// Scripts marked noModule (legacy polyfills) are skipped: modern browsers never fetch them.
const sources = [
  ...new Set(
    [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1]!)
      .filter((attributes) => !/\bnomodule\b/i.test(attributes))
      .map((attributes) => /\ssrc="([^"]+)"/.exec(attributes)?.[1])
      .filter((src): src is string => !!src),
  ),
]
let raw = 0
let gzip = 0
for (const src of sources) {
  const body = Buffer.from(await (await fetch(new URL(src, target))).arrayBuffer())
  raw += body.length
  gzip += gzipSync(body).length
}
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1]!.length, 0)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
console.log(`${target.pathname}: ${sources.length} scripts, ${kb(raw)} raw, ${kb(gzip)} gzip; inline ${kb(inline)}`)
