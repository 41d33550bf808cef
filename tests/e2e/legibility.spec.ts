// Type measured on the built deck at every click, in slide-canvas pixels (980 wide), as the back row sees it.
import type { Page } from '@playwright/test'
import { deck } from '../deck'
import { expect, test } from './guard'

interface Run { text: string, px: number, svg: boolean, source: boolean }

/** Every run of text on the slide with its rendered size in canvas pixels. */
function textRuns(page: Page, no: number): Promise<Run[]> {
  return page.evaluate((no) => {
    const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`) as HTMLElement
    const scale = layout.getBoundingClientRect().width / layout.offsetWidth
    const runs: Run[] = []
    const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!
      const text = (n.textContent ?? '').trim()
      if (!text || el.closest('.sr-only, title, desc, style, script'))
        continue
      const rect = el.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0 || getComputedStyle(el).visibility === 'hidden')
        continue
      const svg = el.closest('svg')
      let px = Number.parseFloat(getComputedStyle(el).fontSize)
      if (svg) {
        // SVG text is in the viewBox's units: scale by how large the SVG is drawn on the canvas.
        const vb = svg.viewBox.baseVal
        px = px * (svg.getBoundingClientRect().width / scale) / (vb && vb.width ? vb.width : svg.getBoundingClientRect().width / scale)
      }
      // Source lines are set small on purpose (12–13 px, STYLE.md): they count for the 12 px floor, not as body text.
      const source = Boolean(el.closest('.source-line, .src'))
      runs.push({ text: text.slice(0, 40), px: Math.round(px * 10) / 10, svg: Boolean(svg), source })
    }
    return runs
  }, no)
}

for (const slide of deck.slides) {
  const steps = Number(slide.frontmatter.clicks ?? 0)
  const isSources = slide.content.includes('<SourceList')
  test(`slide ${slide.no}: text legible from the back of the room at every step`, async ({ page }) => {
    for (let k = 0; k <= steps; k++) {
      await page.goto(`/${slide.no}${k ? `?clicks=${k}` : ''}`)
      await page.locator(`.slidev-page-${slide.no} .slidev-layout`).waitFor()
      await page.evaluate(() => document.fonts.ready)
      const runs = await textRuns(page, slide.no)
      expect(runs.length).toBeGreaterThan(0)
      if (!isSources)
        expect(runs.filter(r => r.px < 12).map(r => `${r.px}px "${r.text}"`), `click ${k}: under 12 px`).toEqual([])
      expect(runs.filter(r => r.svg && r.px < 14).map(r => `${r.px}px "${r.text}"`), `click ${k}: chart labels under 14 px`).toEqual([])
      if (!isSources && slide.no > 1) {
        const html = runs.filter(r => !r.svg && !r.source)
        const small = html.filter(r => r.px < 16).reduce((n, r) => n + r.text.length, 0)
        const all = html.reduce((n, r) => n + r.text.length, 0)
        expect(small / all, `click ${k}: share of characters under 16 px`).toBeLessThanOrEqual(0.3)
      }
    }
  })
}
