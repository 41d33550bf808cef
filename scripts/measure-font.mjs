// Measures the advance width of every character the deck's labels use, in Nunito Sans 400 and 700,
// with Chromium's own text shaping, so that label layout without a DOM matches what is drawn.
// Output: charts/fontWidths.json (em units, 1 = font size), committed. Run: npm run build:font-widths
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-chromium'
import { writeFileAtomic } from './lib/atomic-write.mjs'
import { launchOptions } from './lib/browser.mjs'
import { run } from './lib/cli.mjs'

const require = createRequire(import.meta.url)
/**
 * @param {400 | 700} weight the font's weight
 * @returns {string} the Latin subset's WOFF2 file, in base64
 */
function font(weight) {
  return readFileSync(require.resolve(`@fontsource/nunito-sans/files/nunito-sans-latin-${weight}-normal.woff2`))
    .toString('base64')
}
// Printable ASCII and the few other characters the labels use.
const CHARS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...'·–—’‘“”←↑→↓≈✓†éáíóúñ']

const OUT = 'charts/fontWidths.json'

await run('build:font-widths', OUT, async () => {
  const browser = await chromium.launch(await launchOptions())
  try {
    const page = await browser.newPage()
    await page.setContent(`<style>
      @font-face { font-family: M; font-weight: 400; src: url(data:font/woff2;base64,${font(400)}) format('woff2'); }
      @font-face { font-family: M; font-weight: 700; src: url(data:font/woff2;base64,${font(700)}) format('woff2'); }
    </style><span style="font: 400 10px M">a</span><span style="font: 700 10px M">a</span>`)
    await page.evaluate(() => document.fonts.ready)
    const widths = await page.evaluate((chars) => {
      const ctx = /** @type {CanvasRenderingContext2D} */ (document.createElement('canvas').getContext('2d'))
      /** @type {Record<number, Record<string, number>>} */
      const out = {}
      for (const weight of [400, 700]) {
        ctx.font = `${weight} 1000px M`
        out[weight] = Object.fromEntries(chars.map(c => [c, Math.round(ctx.measureText(c).width) / 1000]))
      }
      return out
    }, CHARS)
    await writeFileAtomic(OUT, `${JSON.stringify(widths, null, 1)}\n`)
    console.log(`wrote ${OUT}: ${CHARS.length} characters × 2 weights`)
  }
  finally {
    await browser.close()
  }
})
