import type { Page } from '@playwright/test'
import { deck } from '../deck'
import { expect, test } from './guard'
import { legibilityProblems, overflowOf, plainTitle, sourceLineProblems, stepThrough, stepUrl, textRuns } from './slide'

/** Every transition or animation that starts in the page from now on, as "type: element", kept in `window.moved`. */
function recordMotion(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { moved: string[] }
    w.moved = []
    for (const type of ['transitionrun', 'animationstart'])
      document.addEventListener(type, e => w.moved.push(`${type}: ${(e.target as Element).getAttribute('class')}`), true)
  })
}
/** What started moving since the last call, and a fresh start for the next. */
function motionSince(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { moved: string[] }
    return w.moved.splice(0)
  })
}
/** Two animation frames: Vue has rendered the step the URL names, and the browser has laid it out. */
const settled = (page: Page) => page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))))

/**
 * The one walk through every step of every slide, as a presenter clicks through it, in one page (a page load a step
 * only tested the loading again, at about a second a step). It runs under prefers-reduced-motion, where every step
 * must appear at once: no transition or animation may start on the way.
 */
test('every step of every slide: title shown, nothing spills, legible from the back row, figures named, nothing moving '
  + 'under reduced motion', async ({ page }) => {
  test.setTimeout(240_000)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  for (const slide of deck.slides) {
    const steps = Number(slide.frontmatter.clicks ?? 0)
    await test.step(`slide ${slide.no} "${plainTitle(slide.title)}", ${steps + 1} steps`, async () => {
      await page.goto(`/${slide.no}`)
      const current = page.locator(`.slidev-page-${slide.no}`)
      await page.evaluate(() => document.fonts.ready)
      await recordMotion(page)
      for (let k = 0; k <= steps; k++) {
        const at = `slide ${slide.no} click ${k}`
        if (k > 0)
          await page.keyboard.press('ArrowRight')
        await expect(page).toHaveURL(stepUrl(slide.no, k))
        await settled(page)
        await expect.soft(current.locator('h1'), at).toHaveText(plainTitle(slide.title))
        // The header band: the section and the talk's progress on every slide but the cover.
        const section = slide.frontmatter.section as string | undefined
        await expect.soft(current.locator('.header-band'), at).toHaveCount(section ? 1 : 0)
        if (section)
          await expect.soft(current.locator('.header-band .section'), at).toHaveText(section)
        expect.soft(await motionSince(page), `${at}: moved under reduced motion`).toEqual([])
        // Animations started from script (element.animate) fire no event: none may be running either.
        const running = await page.evaluate(() => document.getAnimations()
          .filter(a => a.playState === 'running')
          .map(a => (a.effect as KeyframeEffect)?.target?.getAttribute('class')))
        expect.soft(running, `${at}: running under reduced motion`).toEqual([])
        expect.soft(await overflowOf(page, slide.no), at).toEqual([])
        expect.soft(legibilityProblems(await textRuns(page, slide.no)), at).toEqual([])
        expect.soft(await sourceLineProblems(page, slide.no), at).toEqual([])
        // Bold is for numbers and findings, not dates (STYLE.md), in a bold kicker or caption too.
        const boldDates = await current.locator('.fact.date').evaluateAll(els =>
          els.filter(e => Number(getComputedStyle(e).fontWeight) >= 600).map(e => e.textContent))
        expect.soft(boldDates, `${at}: dates in bold`).toEqual([])
        // Each figure named at every step by words that are there: what a screen reader meets first, and what the
        // live region compares each click with.
        const unnamed = await current.locator('svg[role="img"]').evaluateAll(svgs => svgs.flatMap((svg) => {
          const ids = svg.getAttribute('aria-labelledby')?.split(' ') ?? []
          const empty = ids.filter(id => !document.getElementById(id)?.textContent?.trim())
          return ids.length && !empty.length ? [] : [`${svg.getAttribute('class')}: ${ids.length ? `empty ${empty}` : 'no name'}`]
        }))
        expect.soft(unnamed, `${at}: figures without words`).toEqual([])
      }
    })
  }
})

/** The slide's words, its figures' titles and descriptions among them, once they stop changing. */
async function wordsOf(page: Page, no: number) {
  const layout = page.locator(`.slidev-page-${no} .slidev-layout`)
  let before = ''
  await expect.poll(async () => {
    const now = await layout.textContent() ?? ''
    const same = now === before
    before = now
    return same
  }, { intervals: [100] }).toBe(true)
  return before
}

test('each stepping slide\'s last step, opened by its URL as the exports open it, says what the clicks up to it say', async ({ page }) => {
  const stepping = deck.slides.filter(s => Number(s.frontmatter.clicks ?? 0) > 0)
  expect(stepping.length).toBeGreaterThanOrEqual(4)
  for (const slide of stepping) {
    const clicks = Number(slide.frontmatter.clicks)
    let clicked = ''
    await stepThrough(page, slide.no, clicks, async (k) => {
      if (k === clicks)
        clicked = await wordsOf(page, slide.no)
    })
    await page.goto(`/${slide.no}?clicks=${clicks}`)
    await expect(page.locator(`.slidev-page-${slide.no} h1`)).toBeVisible()
    expect(await wordsOf(page, slide.no), `slide ${slide.no}`).toBe(clicked)
  }
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
