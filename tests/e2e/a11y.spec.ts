import AxeBuilder from '@axe-core/playwright'
import { CHART, chartsIn, deck } from '../deck'
import { expect, test } from './guard'

/**
 * Each slide at its final step, where all it shows is drawn, in one page: axe's serious and critical findings, and
 * every chart and map an image named by words that are there (a
 * title, and a description where the figure has more to say than its title).
 */
test('every slide at its final step: no serious or critical accessibility finding; each figure an image, named', async ({ page }) => {
  test.setTimeout(180_000)
  let figures = 0
  for (const slide of deck.slides) {
    await test.step(`slide ${slide.no}`, async () => {
      const clicks = Number(slide.frontmatter.clicks ?? 0)
      await page.goto(`/${slide.no}${clicks ? `?clicks=${clicks}` : ''}`)
      // Slides mount after the route loads; axe needs the slide in the DOM, not just the URL.
      await expect(page.locator(`.slidev-page-${slide.no} h1`)).toBeVisible()
      await page.evaluate(() => document.fonts.ready)
      const result = await new AxeBuilder({ page }).include(`.slidev-page-${slide.no}`).analyze()
      const bad = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
      expect.soft(bad.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`), `slide ${slide.no}`).toEqual([])
      if (!CHART.test(slide.content))
        return
      const svgs = page.locator(`.slidev-page-${slide.no} svg[role="img"]`)
      await expect.soft(svgs, `slide ${slide.no}: its figures as images`).toHaveCount(chartsIn(slide.content))
      for (const svg of await svgs.all()) {
        const ids = (await svg.getAttribute('aria-labelledby'))?.split(' ') ?? []
        expect.soft(ids.length, `slide ${slide.no}: a figure named`).toBeGreaterThan(0)
        for (const id of ids) await expect.soft(page.locator(`[id="${id}"]`), `slide ${slide.no}`).not.toBeEmpty()
        figures++
      }
    })
  }
  expect(figures, 'every figure the slides draw').toBe(deck.slides.reduce((n, s) => n + chartsIn(s.content), 0))
})
