import { existsSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { e2ePort } from './setup/workspace'

// Debian's Chromium where installed (Playwright cannot download browsers on every machine),
// else Playwright's own.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file))
const launchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    }
  : {}

const port = Number(process.env.E2E_PORT ?? e2ePort)
const root = path.resolve(import.meta.dirname, '..')

export default defineConfig({
  testDir: 'e2e',
  outputDir: path.join(root, 'test-results'),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: path.join(root, 'playwright-report') }]],
  // Journeys of several people (sign-ins, dashboards, decisions) on 2 cores shared with the server.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions } },
    // The first-admin setup link works once, and the entry-point check needs no second width.
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions }, testIgnore: /(install-defaults|entry-points)\.spec\.ts$/ },
  ],
  webServer: {
    command: 'tsx scripts/e2e-server.ts',
    cwd: root,
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
  },
})
