import type { Page } from '@playwright/test'
import { layoutActorMap, NOTE_BOX } from '../../charts/map'
import { timelineEvents } from '../../charts/timeline'
import { resolveFact } from '../../composables/facts'
import { facts } from '../../data'
import { geo } from '../../data/geo'
import { deck } from '../deck'
import { expect, test } from './guard'

const order = timelineEvents(facts.events)
function slideWith(tag: string, stepping = true) {
  return deck.slides.find(s => s.content.includes(`<${tag}`) && Boolean(s.frontmatter.clicks) === stepping)!
}
const timelineSlide = slideWith('AttackTimeline').no
const mapSlide = slideWith('ActorMap')
const mapLayout = layoutActorMap(facts, geo, { showAfter: false })

/**
 * What lies under each place label and actor badge of the rendered map, sampled at nine points of its box:
 * the names of the countries found, or "sea". Read from the browser's own hit testing of the drawn SVG.
 */
function groundUnderLabels(page: Page, no: number) {
  return page.evaluate((no) => {
    const root = document.querySelector(`.slidev-page-${no} .actor-map`)!
    return [...root.querySelectorAll('[data-label][data-country]')].map((label) => {
      // The label itself: its words and its badge, not the leader line that ties it to its pin.
      const parts = [...label.querySelectorAll('text, rect.badge-box, path.shape')].map(e => e.getBoundingClientRect())
      const left = Math.min(...parts.map(p => p.left))
      const top = Math.min(...parts.map(p => p.top))
      const r = { left, top, width: Math.max(...parts.map(p => p.right)) - left, height: Math.max(...parts.map(p => p.bottom)) - top }
      const found = new Set<string>()
      for (const fx of [0.02, 0.5, 0.98]) {
        for (const fy of [0.05, 0.5, 0.95]) {
          const under = document.elementsFromPoint(r.left + fx * r.width, r.top + fy * r.height)
          const country = under.find(e => e.matches('path.country'))
          found.add(country ? country.getAttribute('data-country')! : 'sea')
        }
      }
      return { label: label.getAttribute('data-label')!, own: label.getAttribute('data-country')!, found: [...found] }
    })
  }, no)
}

test('the timeline shows the expected events at each click, and sums up with care', async ({ page }) => {
  for (let k = 0; k <= order.length + 1; k++) {
    await page.goto(`/${timelineSlide}?clicks=${k}`)
    const events = page.locator(`.slidev-page-${timelineSlide} .attack-timeline g.event`)
    await expect(events).toHaveCount(Math.min(k, order.length))
    expect(await events.evaluateAll(els => els.map(e => e.getAttribute('data-event')))).toEqual(order.slice(0, k).map(e => e.id))
    if (k >= 1 && k <= order.length)
      await expect(page.locator(`.slidev-page-${timelineSlide} .event-card`)).toHaveAttribute('data-event', order[k - 1].id)
  }
  const summary = page.locator(`.slidev-page-${timelineSlide} [data-summary]`)
  await expect(summary).toContainText('3 attacks within about a week')
  await expect(summary).toContainText('about 21 rockets')
})

test('the map puts every place label and badge over its own country or the sea, at every click', async ({ page }) => {
  const clicks = Number(mapSlide.frontmatter.clicks)
  expect(clicks).toBe(mapLayout.steps)
  let checked = 0
  for (let k = 0; k <= clicks; k++) {
    await page.goto(`/${mapSlide.no}?clicks=${k}`)
    const map = page.locator(`.slidev-page-${mapSlide.no} .actor-map`)
    await expect(map.locator('path.country[data-country="Iraq"]')).toBeVisible()
    await expect(map.locator('g.site')).toHaveCount(mapLayout.sites.filter(s => s.step <= k).length)
    await expect(map.locator('g.arrow')).toHaveCount(mapLayout.arrows.filter(a => a.step <= k).length)
    for (const { label, own, found } of await groundUnderLabels(page, mapSlide.no)) {
      expect(found.filter(c => c !== own && c !== 'sea'), `click ${k}: ${label} lies over`).toEqual([])
      checked++
    }
  }
  expect(checked).toBeGreaterThan(20)
})

test('the map\'s labels do not overlap one another as drawn', async ({ page }) => {
  await page.goto(`/${mapSlide.no}?clicks=${mapLayout.steps}`)
  await expect(page.locator(`.slidev-page-${mapSlide.no} .actor-map g.site`)).toHaveCount(mapLayout.sites.length)
  const boxes = await page.locator(`.slidev-page-${mapSlide.no} .actor-map [data-label]`).evaluateAll(els => els.map((e) => {
    // The text itself, not the halo rectangle behind a badge.
    const texts = (e.tagName === 'text' ? [e] : [...e.querySelectorAll('text')]).map(t => t.getBoundingClientRect())
    const r = texts.reduce((a, b) => ({
      left: Math.min(a.left, b.left),
      top: Math.min(a.top, b.top),
      right: Math.max(a.right, b.right),
      bottom: Math.max(a.bottom, b.bottom),
    }), { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity })
    return { id: e.getAttribute('data-label')!, ...r }
  }))
  expect(boxes.length).toBeGreaterThan(8)
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]]
      const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
      expect(overlap, `${a.id} / ${b.id}`).toBe(false)
    }
  }
})

test('a focused map\'s note fits the corner its layout keeps for it, clear of the credit', async ({ page }) => {
  const slide = slideWith('ActorMap', false)
  await page.goto(`/${slide.no}`)
  const note = page.locator(`.slidev-page-${slide.no} .map-note`)
  await expect(note).toBeVisible()
  expect(await note.evaluate(e => (e as HTMLElement).offsetHeight)).toBeLessThanOrEqual(NOTE_BOX.h)
  const credit = await page.locator(`.slidev-page-${slide.no} .credit`).boundingBox()
  const box = await note.boundingBox()
  expect(box!.y + box!.height, 'the note ends above the credit').toBeLessThan(credit!.y)
})

test('the network adds one relation a click and keeps the earlier ones', async ({ page }) => {
  const slide = slideWith('ActorNetwork')
  const clicks = Number(slide.frontmatter.clicks)
  for (let k = 0; k <= clicks; k++) {
    await page.goto(`/${slide.no}?clicks=${k}`)
    const edges = page.locator(`.slidev-page-${slide.no} .actor-network g.edge`)
    await expect(edges).toHaveCount(Math.min(k, facts.relations.length))
  }
  // The backing is a claim of US officials and the press; Iran's denial was of the Erbil attack, not of the backing.
  const backs = page.locator(`.slidev-page-${slide.no} g.edge[data-relation="iran-backs-militias"]`)
  await expect(backs).toContainText('US officials and the press said')
  await expect(backs).not.toContainText('denies')
})

test('the figures on the slides equal the data', async ({ page }) => {
  const seen = new Set<string>()
  for (const s of deck.slides.filter(s => s.content.includes('<Fact'))) {
    await page.goto(`/${s.no}`)
    const shown = page.locator(`.slidev-page-${s.no} .fact[data-fact]`)
    await expect(shown.first()).toBeVisible()
    for (const [path, text] of await shown.evaluateAll(els => els.map(e => [e.getAttribute('data-fact')!, e.textContent]))) {
      seen.add(path)
      expect(text, path).toBe(resolveFact(facts, path).text)
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(12)
})
