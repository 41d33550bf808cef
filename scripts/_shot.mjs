import { chromium } from 'playwright-chromium'
import { launchOptions } from '/work/main/scripts/browser.mjs'
import { serve } from '/work/main/scripts/serve.mjs'
const [,, ...routes] = process.argv
const server = await serve('/work/main/dist')
const browser = await chromium.launch(await launchOptions())
const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
page.on('console', m => console.log('console', m.type(), m.text()))
page.on('pageerror', e => console.log('pageerror', e.message))
for (const r of routes) {
  await page.goto(server.url + r, { waitUntil: 'networkidle' })
  await page.waitForTimeout(300)
  const name = '/tmp/shot-' + r.replace(/[^a-z0-9]+/gi, '_') + '.png'
  await page.screenshot({ path: name })
  console.log(name)
}
await browser.close(); await server.close()
