import { defineConfig } from '@playwright/test'
import { launchOptions } from './scripts/lib/browser.mjs'

export const PORT = 4173

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: await launchOptions(),
  },
  webServer: {
    command: `node scripts/lib/serve.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
})
