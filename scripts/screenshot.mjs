// Screenshots of the built deck as the audience sees it: node scripts/screenshot.mjs /1 "/5?clicks=3" …
// Writes exports/screens/<route>.png at the slide's own size.
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-chromium'
import { launchOptions } from './lib/browser.mjs'
import { loadDeck } from './lib/deck.mjs'
import { serve } from './lib/serve.mjs'

const routes = process.argv.slice(2)
if (!routes.length) {
  console.error('usage: node scripts/screenshot.mjs /1 "/5?clicks=3" …')
  process.exit(2)
}
const deck = await loadDeck()
const server = await serve('dist')
const browser = await chromium.launch(await launchOptions())
try {
  const page = await browser.newPage({ viewport: { width: deck.width, height: deck.height } })
  mkdirSync('exports/screens', { recursive: true })
  for (const route of routes) {
    await page.goto(server.url + route, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    const file = `exports/screens/${route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'index'}.png`
    await page.screenshot({ path: file })
    console.log(file)
  }
}
finally {
  await browser.close()
  await server.close()
}
