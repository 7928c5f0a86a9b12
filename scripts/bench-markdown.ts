// `npm run bench:markdown` — worst-case render time of pathological Markdown at the size limits.
//
// Each input of tests/factories/pathological-markdown.ts (the same ones the unit suite keeps as
// cases) is rendered RUNS times through lib/markdown/render.ts, each time with a different
// trailing space so the render cache never answers; the slowest run is printed with "met" or
// "not met" against the 50 ms goal, and how it was rendered (parsed, or shown as text because
// lib/markdown/limits.ts refused to parse it). Exits 1 when any input misses the goal.
// Timings depend on the machine and its load: run it on a quiet one.
import { assessMarkdown } from '../lib/markdown/limits'
import { renderMarkdown } from '../lib/markdown/render'
import { pathologicalMarkdown } from '../tests/factories/pathological-markdown'

const GOAL_MS = 50
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

// The renderer logs every input it shows as text; here that is the point, not news.
console.warn = () => {}

// A running server has rendered before: warm the parser and the sanitiser on ordinary text
// (not one of the inputs), so the first timed run measures the input, not the JIT compiler.
const warmUp = '## Warm up\n\nSome **bold**, _emphasis_, `code`, [a link](https://example.org) and www.example.org.\n\n- a\n- b\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n> quoted\n\n'
for (let run = 0; run < 20; run += 1) renderMarkdown(warmUp.repeat(40) + String(run))
let missed = 0
const rows = pathologicalMarkdown.map(([name, input]) => {
  let worst = 0
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now()
    renderMarkdown(input + ' '.repeat(run + 1))
    worst = Math.max(worst, performance.now() - started)
  }
  const met = worst <= GOAL_MS
  if (!met) missed += 1
  const how = assessMarkdown(input) === null ? 'parsed' : `as text (${assessMarkdown(input)})`
  return { name, size: input.length, worst, met, how }
})

const width = Math.max(...rows.map((row) => row.name.length))
console.log(`Worst of ${RUNS} renders, goal ${GOAL_MS} ms each\n`)
for (const row of rows) {
  console.log(`${row.name.padEnd(width)}  ${String(row.size).padStart(6)} chars  ${row.worst.toFixed(1).padStart(7)} ms  ${(row.met ? 'met' : 'not met').padEnd(7)}  ${row.how}`)
}
console.log(`\n${rows.length - missed} of ${rows.length} met`)
process.exit(missed === 0 ? 0 : 1)
