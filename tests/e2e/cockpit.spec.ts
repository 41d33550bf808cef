// The presenter's cockpit in the built deck: pacing against each slide's budget, the rehearsal report, the blackout
// across windows and the live announcements. Time comes from Playwright's clock, so a minute passes in a moment.
import type { Page } from '@playwright/test'
import { isBackup, talkBudget } from '../../composables/budget'
import { deck } from '../deck'
import { expect, test } from './guard'

const plan = talkBudget(deck.slides).perSlide
const budgetOf = (no: number) => plan.find(s => s.no === no)!.seconds
const pacing = (page: Page) => page.locator('[data-pacing]')
const figure = async (page: Page, name: string) => Number(await pacing(page).getAttribute(`data-${name}`))

test('every slide of the talk has its budget from its notes in the presenter view', async ({ page }) => {
  // One page load, then down a slide at a time, as the presenter moves (a load a slide costs half a second each).
  await page.goto(`/presenter/${plan[0].no}`)
  for (const [i, s] of plan.entries()) {
    if (i > 0 && s.no !== plan[i - 1].no + 1)
      await page.goto(`/presenter/${s.no}`)
    else if (i > 0)
      await page.keyboard.press('ArrowDown')
    await expect(page).toHaveURL(new RegExp(`/presenter/${s.no}(?:\\?clicks=0)?$`))
    await expect(pacing(page)).toHaveAttribute('data-slide-budget', String(s.seconds))
  }
})

test('pacing starts at the first step forward, moves with the clock, says "behind" after three budgets', async ({ page }) => {
  await page.clock.install()
  await page.goto('/presenter/1')
  await expect(pacing(page)).toHaveAttribute('data-timer', 'stopped')
  await expect(pacing(page)).toHaveAttribute('data-slide-budget', String(budgetOf(1)))
  await page.clock.runFor(60_000)
  expect(await figure(page, 'total-behind'), 'nothing counts before the talk starts').toBe(0)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/presenter\/2/)
  await expect(pacing(page)).toHaveAttribute('data-timer', 'running')
  const budget = budgetOf(2)
  await page.clock.runFor(budget * 1000 / 2)
  await expect(pacing(page)).toHaveAttribute('data-status', 'on time')
  await expect.poll(() => figure(page, 'slide-spent')).toBeGreaterThanOrEqual(Math.floor(budget / 2) - 1)
  await page.clock.runFor(budget * 1000 * 2.5)
  await expect(pacing(page)).toHaveAttribute('data-status', 'behind')
  await expect(pacing(page)).toContainText('behind')
  const behind = await figure(page, 'total-behind')
  expect(behind).toBeGreaterThanOrEqual(2 * budget - 2)
  expect(behind).toBeLessThanOrEqual(2 * budget + 2)
  await page.screenshot({ path: 'test-results/presenter-behind.png' })
})

test('a rehearsal run is reported at /rehearsal with a row a slide, and survives a reload', async ({ page }) => {
  await page.clock.install()
  await page.goto('/presenter/1')
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  for (let k = 0; k < 12; k++) {
    await page.keyboard.press('ArrowRight')
    await page.clock.runFor(20_000)
  }
  // A reload of the presenter window keeps the record and the talk's clock.
  const before = await figure(page, 'total-behind')
  await page.reload()
  await page.clock.runFor(1_000)
  await expect.poll(() => figure(page, 'total-behind')).toBeGreaterThanOrEqual(before)
  await page.goto('/rehearsal')
  const rows = page.locator('[data-table="rehearsal"] tbody tr')
  await expect(rows).toHaveCount(plan.length)
  await expect(rows.first()).toContainText(plan[0].seconds > 59 ? '' : '0:')
  await expect(page.locator('a[data-csv]')).toHaveAttribute('href', /^data:text\/csv/)
  await page.screenshot({ path: 'test-results/rehearsal.png', fullPage: true })
})

test('a damaged rehearsal record is set aside with a notice, not a crash', async ({ page }) => {
  // The damaged record is in place before the deck's first line runs: written after load, it raced the cockpit's own
  // first save, which could overwrite it before the reload read it.
  await page.addInitScript(() => localStorage.setItem('iraq-talk:rehearsal', '{"version":1,'))
  await page.goto('/rehearsal')
  await expect(page.locator('.notice')).toContainText('could not be read')
  expect(await page.evaluate(() => Object.keys(localStorage).some(k => k.startsWith('iraq-talk:rehearsal:damaged:')))).toBe(true)
})

test('B in the presenter view blacks out a second, audience window, and B again brings the slide back', async ({ page, context }) => {
  await page.goto('/presenter/3')
  const audience = await context.newPage()
  const noise: string[] = []
  audience.on('console', m => ['error', 'warning'].includes(m.type()) && noise.push(m.text()))
  await audience.goto('/3')
  await expect(audience.locator('.slidev-page-3 h1')).toBeVisible()
  // B only once the presenter view is up and listening: pressed sooner, the key could land before its handler.
  await expect(page.locator('.blackout-toggle')).toHaveAttribute('aria-pressed', 'false')
  await page.bringToFront()
  await page.keyboard.press('b')
  await expect(audience.locator('[data-blackout]')).toBeVisible()
  await expect(page.locator('[data-blackout]')).toContainText('The audience sees black')
  await expect(page.locator('.blackout-toggle')).toHaveAttribute('aria-pressed', 'true')
  await audience.screenshot({ path: 'test-results/audience-black.png' })
  await page.keyboard.press('b')
  await expect(audience.locator('[data-blackout]')).toHaveCount(0)
  await expect(page.locator('[data-blackout]')).toHaveCount(0)
  expect(noise).toEqual([])
})

test('the live region names each slide, and says what each click of the map and the timeline reveals', async ({ page }) => {
  const map = deck.slides.find(s => s.content.includes('<PlaceMap') && s.frontmatter.clicks)!
  const timeline = deck.slides.find(s => s.content.includes('<AttackTimeline'))!
  const talk = deck.slides.filter(s => !isBackup(s))
  const region = page.locator('[data-announcer]')
  await page.goto(`/${map.no - 1}`)
  await expect(page.locator(`.slidev-page-${map.no - 1} h1`)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(region).toHaveAttribute('aria-live', 'polite')
  await expect(region).toHaveText(`Slide ${map.no} of ${talk.length}: ${map.title}`)
  await page.keyboard.press('ArrowRight')
  await expect(region).toContainText('Attack 1: Erbil airport, 15 Feb')
  await expect(region).not.toContainText('Map of Iraq')
  await page.keyboard.press('ArrowRight')
  await expect(region).toContainText('Attack 2: Balad air base, 20 Feb')
  await expect(region).not.toContainText('Erbil')
  await page.goto(`/${timeline.no}`)
  await expect(page.locator(`.slidev-page-${timeline.no} h1`)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(region).toContainText('Erbil airport, about 14 rockets, at least 11 injured')
  await page.keyboard.press('ArrowRight')
  await expect(region).toContainText('Blinken calls al-Kadhimi')
  await expect(region).not.toContainText('Erbil')
  // Opened at the map by its address, not reached by a click: its first click still says only what it adds.
  await page.goto(`/${map.no}`)
  await expect(page.locator(`.slidev-page-${map.no} h1`)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(region).toContainText('Attack 1: Erbil airport, 15 Feb')
  await expect(region).not.toContainText('Map of Iraq')
})

test('the presenter view says nothing aloud, and print has no live region and no curtain', async ({ page }) => {
  await page.goto('/presenter/2')
  await expect(page.locator('[data-pacing]')).toBeVisible()
  await expect(page.locator('[data-announcer]')).toHaveCount(0)
  await page.goto('/print?print=true')
  await expect(page.locator('.print-slide-container').first()).toBeVisible()
  await expect(page.locator('[data-announcer]')).toHaveCount(0)
  await expect(page.locator('[data-blackout]')).toHaveCount(0)
})
