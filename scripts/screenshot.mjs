// Screenshots of the built deck as the audience sees it: node scripts/screenshot.mjs /1 "/5?clicks=3" …
// Writes exports/screens/<route>.png at the slide's own size.
import { chromium } from 'playwright-chromium'
import { writeFileAtomic } from './lib/atomic-write.mjs'
import { launchOptions } from './lib/browser.mjs'
import { loadDeck } from './lib/deck.mjs'
import { serve } from './lib/serve.mjs'

// --size 1280x720 takes them as a laptop's screen shows the deck; by default at the slide's own size.
const sizeArg = process.argv.find((a, i) => process.argv[i - 1] === '--size')
const routes = process.argv.slice(2).filter(a => a !== '--size' && a !== sizeArg)
if (!routes.length) {
  console.error('usage: node scripts/screenshot.mjs /1 "/5?clicks=3" …')
  process.exit(2)
}
const deck = await loadDeck()
const server = await serve('dist')
const browser = await chromium.launch(await launchOptions())
try {
  const [w, h] = sizeArg ? sizeArg.split('x').map(Number) : [deck.width, deck.height]
  const page = await browser.newPage({ viewport: { width: w, height: h } })
  for (const route of routes) {
    await page.goto(server.url + route, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    const file = `exports/screens/${sizeArg ? `${sizeArg}-` : ''}${route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'index'}.png`
    await writeFileAtomic(file, await page.screenshot())
    console.log(file)
  }
}
finally {
  await browser.close()
  await server.close()
}
