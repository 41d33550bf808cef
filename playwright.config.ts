import { defineConfig } from '@playwright/test'
import { launchOptions } from './scripts/lib/browser.mjs'

/** The static server's port; E2E_PORT moves it, for a second checkout's tests running beside the first's. */
export const PORT = Number(process.env.E2E_PORT ?? 4173)

/**
 * Two kinds of spec. The pages specs only read the built deck through the static server: each test has its own
 * browser context, so they run in any order, on every worker. The tools specs run the commands themselves (builds,
 * exports, the dev server on its fixed port, the watch mode): they write into exports/, dist/ and node_modules/.vite
 * or load both cores on their own, so they run one test at a time, in file order, beside the pages tests.
 */
const PAGES = ['deck', 'components', 'a11y', 'cockpit'].map(name => `${name}.spec.ts`)

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // One worker by default: the suite is bound by the 2 cores, not by waiting. Two were 10 % faster once (523 s against
  // 578 s, under outside load, two multi-window tests timing out); since the walks were merged, two took 300 s and one
  // 270 s (separate runs, 7 Dec 2026). WORKERS=2 runs the pages specs beside the tools specs.
  workers: Number(process.env.WORKERS ?? 1),
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: await launchOptions(),
  },
  projects: [
    // One retry for the read-only pages: on one fresh-clone CI pass (Node 24) the damaged-rehearsal notice and the
    // presenter's blackout of a second window each missed their 5 s wait once and passed on every other run. A retry
    // that passes is reported as "flaky" in the output, not hidden; the cause is still to find.
    { name: 'pages', testMatch: PAGES, fullyParallel: true, retries: 1 },
    { name: 'tools', testIgnore: PAGES, workers: 1 },
  ],
  webServer: {
    command: `node scripts/lib/serve.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
})
