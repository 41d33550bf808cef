import { deck } from '../deck'
import { expect, test } from './guard'
import { legibilityProblems, overflowOf, plainTitle, sourceLineProblems, textRuns } from './slide'

for (const slide of deck.slides) {
  const steps = Number(slide.frontmatter.clicks ?? 0)
  const name = `slide ${slide.no} "${plainTitle(slide.title)}"`
  // One walk through every step of the slide, and everything checked on it, its source line's place and length too.
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
      expect(await sourceLineProblems(page, slide.no), `click ${k}`).toEqual([])
      // Bold is for numbers and findings, not dates (STYLE.md), in a bold kicker or caption too.
      const boldDates = await current.locator('.fact.date').evaluateAll(els =>
        els.filter(e => Number(getComputedStyle(e).fontWeight) >= 600).map(e => e.textContent))
      expect(boldDates, `click ${k}: dates in bold`).toEqual([])
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
