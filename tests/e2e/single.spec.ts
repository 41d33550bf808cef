// The deck as one HTML file (npm run build:single), opened from file:// in a folder where it is alone.
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isBackup } from '../../composables/budget'
import { buildSingle, SINGLE_FILE } from '../../scripts/build-single.mjs'
import { deck } from '../deck'
import { expect, test } from './guard'
import { navigate, plainTitle } from './slide'

let dir: string
let url: string

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(() => {
  buildSingle()
  dir = mkdtempSync(join(tmpdir(), 'deck-file-'))
  copyFileSync(SINGLE_FILE, join(dir, 'deck.html'))
  url = pathToFileURL(join(dir, 'deck.html')).href
})

// A build that failed made no folder: its own error is the one to read, not a second one here.
test.afterAll(() => dir && rmSync(dir, { recursive: true, force: true }))

test('the single file is at most 1.5 MB', () => {
  expect(statSync(SINGLE_FILE).size).toBeLessThanOrEqual(1.5 * 1024 * 1024)
})

/**
 * The routes compared: every slide at its last step, where all it shows is drawn, and each stepping slide half-way
 * too, a click route inside the hash. deck.spec.ts walks every step of the built deck; this file only has to show
 * that the single file draws what the built deck draws.
 */
const routes = deck.slides.flatMap((slide) => {
  const clicks = Number(slide.frontmatter.clicks ?? 0)
  const steps = clicks ? [Math.ceil(clicks / 2), clicks] : [0]
  return steps.map(k => ({ slide, route: `/${slide.no}${k ? `?clicks=${k}` : ''}` }))
})

test('opened from file://, each slide at its last step and half-way shows what the built deck shows, asking for nothing '
  + 'but itself', async ({ page, browser }) => {
  const asked = new Set<string>()
  page.on('request', r => asked.add(r.url()))
  const built = await browser.newPage({ viewport: page.viewportSize()! })
  try {
    await page.goto(url)
    await built.goto('/')
    for (const { slide, route } of routes) {
      await navigate(page, `#${route}`)
      await navigate(built, route)
      const here = page.locator(`.slidev-page-${slide.no} .slidev-layout`)
      const there = built.locator(`.slidev-page-${slide.no} .slidev-layout`)
      await expect(here.locator('h1')).toHaveText(plainTitle(slide.title))
      await expect(there.locator('h1')).toHaveText(plainTitle(slide.title))
      expect(await here.textContent(), `${route}: the same words as the built deck`).toBe(await there.textContent())
    }
  }
  finally {
    await built.close()
  }
  const others = [...asked].filter(u => u.split('#')[0] !== url && !/^(?:data|blob):/.test(u))
  expect(others, 'requests other than the file itself').toEqual([])
})

test('the presenter view works from the same file and shows the notes', async ({ page }) => {
  await page.goto(`${url}#/presenter/1`)
  const opening = deck.slides[0].note.replace(/\*\*/g, '').split(/\s+/).slice(0, 8).join(' ')
  await expect(page.locator('.slidev-note').first()).toContainText(opening)
})

test('a second window follows the presenter, from the same file', async ({ page, context }) => {
  await page.goto(`${url}#/presenter/1`)
  await expect(page.locator('.slidev-note').first()).toBeVisible()
  const audience = await context.newPage()
  await audience.goto(`${url}#/1`)
  await expect(audience.locator('.slidev-page-1 h1')).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expect(audience).toHaveURL(/#\/2(?:\?clicks=0)?$/)
  await expect(audience.locator('.slidev-page-2 h1')).toHaveText(plainTitle(deck.slides[1].title))
})

test('the cockpit works from the same file: pacing, blackout in a second window, announcements, #/rehearsal', async ({ page, context }) => {
  await page.clock.install()
  await page.goto(`${url}#/presenter/1`)
  const pacing = page.locator('[data-pacing]')
  await expect(pacing).toHaveAttribute('data-timer', 'stopped')
  const audience = await context.newPage()
  await audience.goto(`${url}#/1`)
  await expect(audience.locator('.slidev-page-1 h1')).toBeVisible()
  await page.bringToFront()
  await page.keyboard.press('ArrowRight')
  await expect(pacing).toHaveAttribute('data-timer', 'running')
  await page.clock.runFor(5 * 60_000)
  await expect(pacing).toHaveAttribute('data-status', 'behind')
  await page.keyboard.press('b')
  await expect(audience.locator('[data-blackout]')).toBeVisible()
  await page.keyboard.press('b')
  await expect(audience.locator('[data-blackout]')).toHaveCount(0)
  // The audience's window follows to slide 2, and says so to a screen reader.
  await expect(audience.locator('[data-announcer]')).toContainText(`Slide 2 of `)
  await page.goto(`${url}#/rehearsal`)
  await expect(page.locator('[data-table="rehearsal"] tbody tr')).toHaveCount(deck.slides.filter(s => !isBackup(s)).length)
})
