import type { AxeResults } from 'axe-core'
import axe from 'axe-core'
import { CHART, chartsIn, deck } from '../deck'
import { expect, test } from './guard'
import { navigate } from './slide'

/**
 * Each slide at its final step, where all it shows is drawn, in one page (reached through the deck's router, as the
 * single-file test does): axe's serious and critical findings, and every chart and map an image named by words that
 * are there (a title, and a description where the figure has more to say than its title).
 */
test('every slide at its final step: no serious or critical accessibility finding; each figure an image, named', async ({ page }) => {
  test.setTimeout(180_000)
  let figures = 0
  await page.goto('/1')
  // axe is put into the page once and run on each slide as the router brings it: @axe-core/playwright injects it again
  // for every analysis and finishes each in a new page, about 1 s a slide against 0.2 s here.
  await page.evaluate(axe.source)
  for (const slide of deck.slides) {
    await test.step(`slide ${slide.no}`, async () => {
      const clicks = Number(slide.frontmatter.clicks ?? 0)
      await navigate(page, `/${slide.no}${clicks ? `?clicks=${clicks}` : ''}`)
      // Slides mount after the route loads; axe needs the slide in the DOM, not just the URL.
      await expect(page.locator(`.slidev-page-${slide.no} h1`)).toBeVisible()
      await page.evaluate(() => document.fonts.ready)
      const result = await page.evaluate(
        context => (window as unknown as { axe: typeof axe }).axe.run(context, { resultTypes: ['violations'] }),
        `.slidev-page-${slide.no}`,
      ) as AxeResults
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
