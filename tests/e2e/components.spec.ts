import { layoutActorMap, MAP_SIZE } from '../../charts/actorMap'
import { timelineEvents } from '../../charts/timeline'
import { facts } from '../../data'
import { geo } from '../../data/geo'
import { deck } from '../deck'
import { expect, test } from './guard'

const order = timelineEvents(facts.events)
const timelineSlide = deck.slides.find(s => s.content.includes('<AttackTimeline'))!.no
const mapSlide = deck.slides.find(s => s.content.includes('<ActorMap') && s.frontmatter.clicks)!.no
const layout = layoutActorMap(facts, geo, MAP_SIZE.width, MAP_SIZE.height)

test('the timeline shows the expected events at each click', async ({ page }) => {
  for (let k = 0; k <= order.length + 1; k++) {
    await page.goto(`/${timelineSlide}?clicks=${k}`)
    const events = page.locator(`.slidev-page-${timelineSlide} .attack-timeline g.event`)
    await expect(events).toHaveCount(Math.min(k, order.length))
    expect(await events.evaluateAll(els => els.map(e => e.getAttribute('data-event')))).toEqual(order.slice(0, k).map(e => e.id))
    if (k >= 1 && k <= order.length)
      await expect(page.locator(`.slidev-page-${timelineSlide} .event-card`)).toHaveAttribute('data-event', order[k - 1].id)
  }
  await expect(page.locator(`.slidev-page-${timelineSlide} [data-summary]`)).toContainText('3 attacks in 8 days')
})

test('the map renders its countries, sites, badges, arrows and legend', async ({ page }) => {
  await page.goto(`/${mapSlide}?clicks=${layout.steps}`)
  const map = page.locator(`.slidev-page-${mapSlide} .actor-map`)
  await expect(map.locator('path.country[data-country="Iraq"]')).toBeVisible()
  await expect(map.locator('g.site')).toHaveCount(layout.sites.length)
  await expect(map.locator('g.badge')).toHaveCount(facts.actors.length)
  await expect(map.locator('g.arrow')).toHaveCount(facts.relations.length)
  await expect(map.locator('.legend')).toContainText('attacks: solid line')
  for (let k = 0; k <= layout.steps; k++) {
    await page.goto(`/${mapSlide}?clicks=${k}`)
    await expect(map.locator('g.arrow')).toHaveCount(layout.arrows.filter(a => a.step <= k).length)
    await expect(map.locator('g.site')).toHaveCount(layout.sites.filter(s => s.step <= k).length)
  }
})

test('the figures on the slides equal the data', async ({ page }) => {
  const seen = new Set<string>()
  for (const s of deck.slides.filter(s => s.content.includes('<Fact'))) {
    await page.goto(`/${s.no}`)
    const facts = page.locator(`.slidev-page-${s.no} [data-fact]`)
    await expect(facts.first()).toBeVisible()
    for (const f of await facts.evaluateAll(els => els.map(e => [e.getAttribute('data-fact'), e.textContent]))) {
      seen.add(f[0]!)
      const { resolveFact } = await import('../../composables/facts')
      expect(f[1], f[0]!).toBe(resolveFact((await import('../../data')).facts, f[0]!).text)
    }
  }
  expect(seen.size).toBeGreaterThan(15)
})
