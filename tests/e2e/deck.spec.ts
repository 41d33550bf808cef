import { deck } from '../deck'
import { expect, test } from './guard'
import { legibilityProblems, overflowOf, plainTitle, sourceLineProblems, textRuns } from './slide'

/**
 * The one walk through every step of every slide, as a presenter clicks through it, in one page (a page load a step
 * only tested the loading again, at about a second a step; the exports load each step by its URL). It runs under
 * prefers-reduced-motion, so each step is read as it settles and nothing may still be moving when it is read.
 */
test('every step of every slide: title shown, nothing spills, legible from the back row, still under reduced motion', async ({ page }) => {
  test.setTimeout(240_000)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  for (const slide of deck.slides) {
    const steps = Number(slide.frontmatter.clicks ?? 0)
    await test.step(`slide ${slide.no} "${plainTitle(slide.title)}", ${steps + 1} steps`, async () => {
      await page.goto(`/${slide.no}`)
      const current = page.locator(`.slidev-page-${slide.no}`)
      await page.evaluate(() => document.fonts.ready)
      for (let k = 0; k <= steps; k++) {
        const at = `slide ${slide.no} click ${k}`
        if (k > 0)
          await page.keyboard.press('ArrowRight')
        await expect(page).toHaveURL(new RegExp(`/${slide.no}${k ? `\\?clicks=${k}` : '(?:\\?clicks=0)?'}$`))
        await expect(current.locator('h1')).toHaveText(plainTitle(slide.title))
        // The header band: the section and the talk's progress on every slide but the cover.
        const section = slide.frontmatter.section as string | undefined
        await expect(current.locator('.header-band')).toHaveCount(section ? 1 : 0)
        if (section)
          await expect(current.locator('.header-band .section')).toHaveText(section)
        const moving = await page.evaluate(() => document.getAnimations()
          .filter(a => a.playState === 'running')
          .map(a => (a.effect as KeyframeEffect)?.target?.className?.toString()))
        expect.soft(moving, `${at}: moving under reduced motion`).toEqual([])
        expect.soft(await overflowOf(page, slide.no), at).toEqual([])
        expect.soft(legibilityProblems(await textRuns(page, slide.no)), at).toEqual([])
        expect.soft(await sourceLineProblems(page, slide.no), at).toEqual([])
        // Bold is for numbers and findings, not dates (STYLE.md), in a bold kicker or caption too.
        const boldDates = await current.locator('.fact.date').evaluateAll(els =>
          els.filter(e => Number(getComputedStyle(e).fontWeight) >= 600).map(e => e.textContent))
        expect.soft(boldDates, `${at}: dates in bold`).toEqual([])
      }
    })
  }
})

test('a step opened by its own URL shows what the clicks up to it show', async ({ page }) => {
  const no = deck.slides.find(s => s.content.includes('<AttackTimeline'))!.no
  await page.goto(`/${no}`)
  const timeline = page.locator(`.slidev-page-${no} .attack-timeline`)
  await expect(timeline).toHaveAttribute('data-clicks', '0')
  await expect(timeline.locator('g.event')).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${no}\\?clicks=2`))
  const shown = () => Promise.all([
    timeline.locator('g.event').evaluateAll(els => els.map(e => e.getAttribute('data-event'))),
    page.locator(`.slidev-page-${no} .event-card`).getAttribute('data-event'),
  ])
  const clicked = await shown()
  expect(clicked[0]).toHaveLength(2)
  await page.goto(`/${no}?clicks=2`)
  await expect(timeline).toHaveAttribute('data-clicks', '2')
  expect(await shown()).toEqual(clicked)
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
