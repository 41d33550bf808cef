import type { Page } from '@playwright/test'
import { mapView, stageSteps } from '../../charts/map'
import { timelineEvents } from '../../charts/timeline'
import { resolveFact } from '../../composables/facts'
import { layoutPlaceMap } from '../../composables/layouts'
import { facts } from '../../data'
import { geo } from '../../data/geo'
import { deck } from '../deck'
import { expect, test } from './guard'
import { stepThrough } from './slide'

const order = timelineEvents(facts.events)
function slideWith(tag: string, stepping = true) {
  return deck.slides.find(s => s.content.includes(`<${tag}`) && Boolean(s.frontmatter.clicks) === stepping)!
}
const timelineSlide = slideWith('AttackTimeline').no
const mapSlide = slideWith('PlaceMap')
const mapLayout = layoutPlaceMap(facts, geo)
const mapSlides = deck.slides.filter(s => s.content.includes('<PlaceMap'))

/**
 * What lies under each place label of the rendered map, sampled at nine points of its box:
 * the names of the countries found, "sea", or "panel" inside the enlargement. Read from the browser's own hit testing.
 */
function groundUnderLabels(page: Page, no: number) {
  return page.evaluate((no) => {
    const root = document.querySelector(`.slidev-page-${no} .place-map`)!
    return [...root.querySelectorAll('[data-label][data-country]')].map((label) => {
      // The label itself: its words, not the leader line that ties it to its pin.
      const parts = [...label.querySelectorAll('text')].map(e => e.getBoundingClientRect())
      const left = Math.min(...parts.map(p => p.left))
      const top = Math.min(...parts.map(p => p.top))
      const r = { left, top, width: Math.max(...parts.map(p => p.right)) - left, height: Math.max(...parts.map(p => p.bottom)) - top }
      const found = new Set<string>()
      for (const fx of [0.02, 0.5, 0.98]) {
        for (const fy of [0.05, 0.5, 0.95]) {
          const under = document.elementsFromPoint(r.left + fx * r.width, r.top + fy * r.height)
          // The topmost ground: a country, or the enlargement's white panel, which hides the land beneath it.
          const ground = under.find(e => e.matches('path.country, rect.detail-frame'))
          found.add(!ground ? 'sea' : ground.matches('.detail-frame') ? 'panel' : ground.getAttribute('data-country')!)
        }
      }
      return { label: label.getAttribute('data-label')!, own: label.getAttribute('data-country')!, found: [...found] }
    })
  }, no)
}

test('the timeline shows the expected events at each click, and sums up with care', async ({ page }) => {
  await stepThrough(page, timelineSlide, order.length + 1, async (k) => {
    const events = page.locator(`.slidev-page-${timelineSlide} .attack-timeline g.event`)
    await expect(events).toHaveCount(Math.min(k, order.length))
    expect(await events.evaluateAll(els => els.map(e => e.getAttribute('data-event')))).toEqual(order.slice(0, k).map(e => e.id))
    if (k >= 1 && k <= order.length)
      await expect(page.locator(`.slidev-page-${timelineSlide} .event-card`)).toHaveAttribute('data-event', order[k - 1].id)
  })
  const summary = page.locator(`.slidev-page-${timelineSlide} [data-summary]`)
  await expect(summary).toContainText('3 attacks within about a week')
  await expect(summary).toContainText('about 21 rockets')
})

test('the map puts every place label over its own country or the sea, at every click', async ({ page }) => {
  const clicks = Number(mapSlide.frontmatter.clicks)
  expect(clicks).toBe(stageSteps(mapLayout, 'attacks'))
  let checked = 0
  await stepThrough(page, mapSlide.no, clicks, async (k) => {
    const map = page.locator(`.slidev-page-${mapSlide.no} .place-map`)
    await expect(map.locator('path.country[data-country="Iraq"]').first()).toBeVisible()
    const view = mapView(mapLayout, { stage: 'attacks', clicks: k })
    await expect(map.locator('g.site')).toHaveCount(view.sites.length + (view.detail?.sites.length ?? 0))
    for (const { label, own, found } of await groundUnderLabels(page, mapSlide.no)) {
      expect(found.filter(c => c !== own && c !== 'sea' && c !== 'panel'), `click ${k}: ${label} lies over`).toEqual([])
      if (label.startsWith('detail:'))
        expect(found, `click ${k}: ${label} inside the enlargement's panel`).toEqual(['panel'])
      checked++
    }
  })
  expect(checked).toBeGreaterThan(10)
})

/** Every label of the map on slide `no` as drawn (its words, not a leader), and every line that is not a border. */
function drawnMap(page: Page, no: number) {
  return page.evaluate((no) => {
    const root = document.querySelector(`.slidev-page-${no} .place-map`)!
    const box = (els: Element[]) => {
      const rs = els.map(e => e.getBoundingClientRect())
      return {
        left: Math.min(...rs.map(r => r.left)),
        top: Math.min(...rs.map(r => r.top)),
        right: Math.max(...rs.map(r => r.right)),
        bottom: Math.max(...rs.map(r => r.bottom)),
      }
    }
    const labels = [...root.querySelectorAll('[data-label]')].map(e => ({
      id: e.getAttribute('data-label')!,
      ...box(e.tagName === 'text' ? [e] : [...e.querySelectorAll('text')]),
    }))
    // Leaders, sampled along their drawn length in screen pixels.
    const lines = [...root.querySelectorAll('line.leader')].map((e) => {
      const g = e as SVGGeometryElement
      const m = g.getScreenCTM()!
      const len = g.getTotalLength()
      const owner = e.closest('[data-place]')?.getAttribute('data-place') ?? e.getAttribute('data-leader') ?? 'leader'
      const points = Array.from({ length: 41 }, (_, i) => {
        const p = g.getPointAtLength((len * i) / 40).matrixTransform(m)
        return { x: p.x, y: p.y }
      })
      return { owner, points }
    })
    const base = {
      countries: [...root.querySelectorAll('path.country')].map(e => e.getAttribute('d')),
      names: [...root.querySelectorAll('.country-label')].map(e => `${e.textContent}@${e.getAttribute('x')},${e.getAttribute('y')}`),
      bar: root.querySelector('[data-scale-km]')!.textContent!.trim(),
      viewBox: root.querySelector('svg.map')!.getAttribute('viewBox'),
    }
    return { labels, lines, base }
  }, no)
}

test('no two map labels overlap and no line runs through one, on every map slide at every click', async ({ page }) => {
  for (const slide of mapSlides) {
    const clicks = Number(slide.frontmatter.clicks ?? 0)
    await stepThrough(page, slide.no, clicks, async (k) => {
      const { labels, lines } = await drawnMap(page, slide.no)
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i], labels[j]]
          const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
          expect(overlap, `slide ${slide.no} click ${k}: ${a.id} / ${b.id}`).toBe(false)
        }
        const l = labels[i]
        for (const line of lines.filter(x => !l.id.endsWith(`:${x.owner}`))) {
          const through = line.points.some(p => p.x > l.left + 1 && p.x < l.right - 1 && p.y > l.top + 1 && p.y < l.bottom - 1)
          expect(through, `slide ${slide.no} click ${k}: the ${line.owner} line through ${l.id}`).toBe(false)
        }
      }
    })
  }
})

test('the cover, the cold open, the week\'s map, the answer and the close share one base map', async ({ page }) => {
  expect(mapSlides.length).toBeGreaterThanOrEqual(4)
  const bases: string[] = []
  for (const slide of mapSlides) {
    await page.goto(`/${slide.no}`)
    await expect(page.locator(`.slidev-page-${slide.no} .place-map svg.map`)).toBeVisible()
    bases.push(JSON.stringify((await drawnMap(page, slide.no)).base))
  }
  expect(new Set(bases).size, 'crop, scale, borders and country names the same on every map').toBe(1)
})

test('a map\'s panels keep to the room the layout keeps for them, clear of the scale and the credit', async ({ page }) => {
  for (const slide of mapSlides.filter(s => s.content.includes('<template #'))) {
    await page.goto(`/${slide.no}`)
    const panels = page.locator(`.slidev-page-${slide.no} .map-panel`)
    await expect(panels.first()).toBeVisible()
    const credit = await page.locator(`.slidev-page-${slide.no} .credit`).boundingBox()
    const scale = await page.locator(`.slidev-page-${slide.no} [data-scale-km]`).boundingBox()
    for (const box of await panels.evaluateAll(els => els.map(e => e.getBoundingClientRect().toJSON()))) {
      expect(box.bottom, `slide ${slide.no}: a panel ends above the credit`).toBeLessThan(credit!.y)
      const clear = box.right < scale!.x || box.left > scale!.x + scale!.width || box.bottom < scale!.y
      expect(clear, `slide ${slide.no}: a panel clear of the scale bar`).toBe(true)
    }
  }
})

test('the network adds one relation a click and keeps the earlier ones', async ({ page }) => {
  const slide = slideWith('ActorNetwork')
  const clicks = Number(slide.frontmatter.clicks)
  await stepThrough(page, slide.no, clicks, async (k) => {
    const edges = page.locator(`.slidev-page-${slide.no} .actor-network g.edge`)
    await expect(edges).toHaveCount(Math.min(k, facts.relations.length))
  })
  // The backing is a claim of US officials and the press; Iran's denial was of the Erbil attack, not of the backing.
  // Read line by line, as the audience reads the wrapped words.
  const backs = await page.locator(`.slidev-page-${slide.no} g.edge[data-relation="iran-backs-militias"] tspan`).allTextContents()
  expect(backs.join(' ')).toContain('US officials and the press said')
  expect(backs.join(' ')).not.toContain('denies')
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
