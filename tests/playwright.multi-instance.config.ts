// The multi-instance check: two production instances behind nginx on one PostgreSQL
// (scripts/multi-instance-server.ts). Run by `npm test` when DATABASE_URL and nginx are there.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { defineConfig } from '@playwright/test'
import { workspaceId } from './setup/workspace'

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file))
const launchOptions = systemChromium ? { executablePath: systemChromium, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] } : {}
const port = Number(process.env.MULTI_PORT ?? 3950 + (parseInt(workspaceId, 16) % 40) * 3)
const root = path.resolve(import.meta.dirname, '..')

export default defineConfig({
  testDir: 'multi-instance',
  outputDir: path.join(root, 'test-results/multi-instance'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL: `http://127.0.0.1:${port}`, launchOptions, trace: 'retain-on-failure' },
  webServer: {
    command: 'tsx scripts/multi-instance-server.ts',
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { MULTI_PORT: String(port) },
  },
})
