import AxeBuilder from '@axe-core/playwright'
import { CHART, chartsIn, deck } from '../deck'
import { expect, test } from './guard'

for (const slide of deck.slides) {
  test(`slide ${slide.no}: no serious or critical accessibility violation, final step`, async ({ page }) => {
    const clicks = Number(slide.frontmatter.clicks ?? 0)
    await page.goto(`/${slide.no}${clicks ? `?clicks=${clicks}` : ''}`)
    // Slides mount after the route loads; axe needs the slide in the DOM, not just the URL.
    await expect(page.locator(`.slidev-page-${slide.no} h1`)).toBeVisible()
    await page.evaluate(() => document.fonts.ready)
    const result = await new AxeBuilder({ page }).include(`.slidev-page-${slide.no}`).analyze()
    const bad = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    expect(bad.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([])
  })
}

test('every chart and map is an image with a title and a description', async ({ page }) => {
  for (const slide of deck.slides.filter(s => CHART.test(s.content))) {
    await page.goto(`/${slide.no}`)
    const svgs = page.locator(`.slidev-page-${slide.no} svg[role="img"]`)
    await expect(svgs).toHaveCount(chartsIn(slide.content))
    for (const svg of await svgs.all()) {
      const ids = (await svg.getAttribute('aria-labelledby'))!.split(' ')
      for (const id of ids) await expect(page.locator(`[id="${id}"]`)).not.toBeEmpty()
    }
  }
})

test('under prefers-reduced-motion nothing moves', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  for (const slide of deck.slides) {
    const clicks = Number(slide.frontmatter.clicks ?? 0)
    await page.goto(`/${slide.no}`)
    await expect(page.locator(`.slidev-page-${slide.no} h1`)).toBeVisible()
    for (let k = 0; k < clicks; k++) await page.keyboard.press('ArrowRight')
    const moving = await page.evaluate(() => document.getAnimations()
      .filter(a => a.playState === 'running')
      .map(a => (a.effect as KeyframeEffect)?.target?.className?.toString()))
    expect(moving, `slide ${slide.no}`).toEqual([])
  }
})
