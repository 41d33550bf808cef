import { deck } from '../deck'
import { expect, test } from './guard'
import { legibilityProblems, overflowOf, plainTitle, textRuns } from './slide'

for (const slide of deck.slides) {
  const steps = Number(slide.frontmatter.clicks ?? 0)
  const name = `slide ${slide.no} "${plainTitle(slide.title)}"`
  // One walk through every step of the slide, and everything checked on it.
  test(`${name}: title shown, nothing spills, legible from the back row at each of ${steps + 1} steps`, async ({ page }) => {
    for (let k = 0; k <= steps; k++) {
      await page.goto(`/${slide.no}${k ? `?clicks=${k}` : ''}`)
      const current = page.locator(`.slidev-page-${slide.no}`)
      await expect(current.locator('h1')).toHaveText(plainTitle(slide.title))
      // The header band: the section and the talk's progress on every slide but the cover.
      const section = slide.frontmatter.section as string | undefined
      await expect(current.locator('.header-band')).toHaveCount(section ? 1 : 0)
      if (section)
        await expect(current.locator('.header-band .section')).toHaveText(section)
      await page.evaluate(() => document.fonts.ready)
      expect(await overflowOf(page, slide.no), `click ${k}`).toEqual([])
      expect(legibilityProblems(await textRuns(page, slide.no)), `click ${k}`).toEqual([])
    }
  })
}

test('the arrow key steps the timeline slide, click by click', async ({ page }) => {
  const no = deck.slides.find(s => s.content.includes('<AttackTimeline'))!.no
  await page.goto(`/${no}`)
  const timeline = page.locator(`.slidev-page-${no} .attack-timeline`)
  await expect(timeline).toHaveAttribute('data-clicks', '0')
  await expect(timeline.locator('g.event')).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${no}\\?clicks=1`))
  await expect(timeline.locator('g.event[data-event="erbil"]')).toBeVisible()
})

test('the presenter view shows the speaker notes', async ({ page }) => {
  await page.goto('/presenter/1')
  // The notes are Markdown: the point opens them in bold, shown as bold, not as asterisks.
  const note = page.locator('.slidev-note').first()
  await expect(note).toContainText(deck.slides[0].note.replace(/\*\*/g, '').split(/\s+/).slice(0, 8).join(' '))
  await expect(note.locator('strong').first()).toBeVisible()
})

test('the overview lists every slide', async ({ page }) => {
  await page.goto('/overview')
  await expect(page.locator('.slidev-page')).toHaveCount(deck.slides.length)
})

test('every source line starts on its headline\'s left edge, on the same baseline margin', async ({ page }) => {
  for (const slide of deck.slides.filter(s => s.content.includes('<SourceLine'))) {
    await page.goto(`/${slide.no}`)
    const current = page.locator(`.slidev-page-${slide.no}`)
    const h1 = await current.locator('h1').boundingBox()
    const line = await current.locator('.slidev-layout > .source-line, .slidev-layout .source-line:not(.inline)').first().boundingBox()
    // The theme sets headlines 0.05 em to the left, so that their large glyphs line up with the text below by eye:
    // 1.7 canvas px at 34 px, 2.2 px on a 1280-wide screen. Anything more is a different margin.
    expect(Math.abs(line!.x - h1!.x), `slide ${slide.no}`).toBeLessThanOrEqual(3)
  }
})
