// Every e2e test runs under this guard: it fails the test on any console error or warning,
// any uncaught page error, and any request to a host other than loopback.
import { test as base, expect } from '@playwright/test'
import { isLocalUrl } from '../../scripts/lib/browser.mjs'

export const test = base.extend<{ guard: { problems: string[] } }>({
  guard: [async ({ page }, use) => {
    const problems: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        problems.push(`console ${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', e => problems.push(`page error: ${e.message}`))
    page.on('request', r => isLocalUrl(r.url()) || problems.push(`outside request: ${r.url()}`))
    await use({ problems })
    expect(problems, 'console errors, warnings or outside requests').toEqual([])
  }, { auto: true }],
})

export { expect }
