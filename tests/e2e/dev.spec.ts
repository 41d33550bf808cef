// The dev server a presenter runs (`npm run dev`): every slide and step, offline and quiet.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { deck } from '../deck'
import { expect, test } from './guard'
import { stepUrl } from './slide'

const PORT = 3031
const BASE = `http://localhost:${PORT}`
let server: ChildProcess

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(async () => {
  // A cold start, as on a fresh clone: no pre-bundled dependencies from an earlier run.
  rmSync('node_modules/.vite', { recursive: true, force: true })
  server = spawn('npx', ['slidev', '--port', String(PORT)], { stdio: 'pipe', detached: true })
  for (let i = 0; i < 120; i++) {
    const up = await fetch(BASE).then(r => r.ok, () => false)
    if (up)
      return
    await new Promise(r => setTimeout(r, 500))
  }
  throw new Error('the dev server did not start within 60 s')
})

test.afterAll(() => {
  if (server.pid)
    process.kill(-server.pid)
})

test('a cold dev server serves every slide and click step in one page load, with no outside request or console noise', async ({ page }) => {
  // As a presenter does on a fresh clone: open the first slide, then press the right arrow through the whole talk. The
  // map and the timeline pull in the rest of the dependencies on the way: found late, they would reload the page.
  let loads = 0
  page.on('load', () => loads++)
  let steps = 0
  await page.goto(`${BASE}/1`)
  for (const slide of deck.slides) {
    const clicks = Number(slide.frontmatter.clicks ?? 0)
    for (let k = 0; k <= clicks; k++) {
      if (steps > 0)
        await page.keyboard.press('ArrowRight')
      await expect(page).toHaveURL(stepUrl(slide.no, k))
      await expect(page.locator(`.slidev-page-${slide.no} h1`)).toBeVisible({ timeout: 60_000 })
      steps++
    }
  }
  // A reload for a dependency found late comes a moment after the import that found it.
  await page.waitForTimeout(3000)
  expect(loads, 'page loads: the first one, and no reload').toBe(1)
  await page.goto(`${BASE}/presenter/1`)
  await expect(page.locator('.slidev-note').first()).toBeVisible()
})

test('the dev server has the cockpit too: pacing from the plan, and a blackout the audience window obeys', async ({ page, context }) => {
  await page.goto(`${BASE}/presenter/3`)
  const pacing = page.locator('[data-pacing]')
  await expect(pacing).toBeVisible({ timeout: 30_000 })
  expect(Number(await pacing.getAttribute('data-slide-budget'))).toBeGreaterThan(0)
  const audience = await context.newPage()
  await audience.goto(`${BASE}/3`)
  await expect(audience.locator('.slidev-page-3 h1')).toBeVisible({ timeout: 30_000 })
  await page.bringToFront()
  await page.keyboard.press('b')
  await expect(audience.locator('[data-blackout]')).toBeVisible()
  await page.keyboard.press('b')
  await expect(audience.locator('[data-blackout]')).toHaveCount(0)
  await page.goto(`${BASE}/rehearsal`)
  await expect(page.locator('[data-rehearsal] h1')).toContainText('Rehearsal')
})
