// npm test — the whole suite, in order, stopping at the first failure:
// type check, lint, unit, integration (PostgreSQL at DATABASE_URL, else the embedded database),
// production build, Playwright e2e against that build (system Chromium where present), and the
// multi-instance check (two instances behind nginx) where PostgreSQL and nginx are available.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { ensureBuild, requireNode24, root } from './lib/app-server'

requireNode24()
const bin = (name: string) => `${root}/node_modules/.bin/${name}`
const results: { step: string; seconds: number }[] = []

function run(step: string, command: string, args: string[]) {
  console.log(`\n=== ${step} ===`)
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env })
  const seconds = (Date.now() - started) / 1000
  results.push({ step, seconds })
  if (result.status !== 0) {
    console.error(`\n✗ ${step} failed after ${seconds.toFixed(1)}s`)
    process.exit(result.status ?? 1)
  }
}

async function ensureBrowser() {
  if (['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((file) => existsSync(file))) return
  const { chromium } = await import('@playwright/test')
  if (existsSync(chromium.executablePath())) return
  run('install Playwright Chromium', bin('playwright'), ['install', 'chromium'])
}

console.log(process.env.DATABASE_URL ? 'database: DATABASE_URL' : 'database: embedded PGlite (set DATABASE_URL to use PostgreSQL)')
run('type check', bin('tsc'), ['--noEmit'])
run('lint', bin('eslint'), ['--max-warnings=0', '.'])
run('unit tests', bin('vitest'), ['run', '--config', 'tests/vitest.unit.config.ts'])
run('integration tests', bin('vitest'), ['run', '--config', 'tests/vitest.integration.config.ts'])
{
  console.log('\n=== production build ===')
  const started = Date.now()
  ensureBuild()
  results.push({ step: 'production build', seconds: (Date.now() - started) / 1000 })
}
await ensureBrowser()
run('e2e tests', bin('playwright'), ['test', '--config', 'tests/playwright.config.ts'])
// Two instances behind nginx on one PostgreSQL: needs both, which CI installs (.ci/run).
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file))
if (process.env.DATABASE_URL && nginx) {
  run('multi-instance check', bin('playwright'), ['test', '--config', 'tests/playwright.multi-instance.config.ts'])
} else {
  console.log(`\n=== multi-instance check: skipped (needs ${process.env.DATABASE_URL ? '' : 'DATABASE_URL (PostgreSQL)'}${!process.env.DATABASE_URL && !nginx ? ' and ' : ''}${nginx ? '' : 'nginx'}) ===`)
  if (process.env.CI) {
    console.error('CI must run the multi-instance check')
    process.exit(1)
  }
}

console.log('\nAll green:')
for (const { step, seconds } of results) console.log(`  ✓ ${step.padEnd(28)} ${seconds.toFixed(1)}s`)
