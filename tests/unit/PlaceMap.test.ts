import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { layoutActorMap, MAP_SIZE } from '../../charts/map'
import ActorMap from '../../components/ActorMap.vue'
import { facts } from '../../data'
import { geo, insetGeo } from '../../data/geo'

const layout = layoutActorMap(facts, geo)
function at(clicks?: number, extra: Record<string, unknown> = {}) {
  return mount(ActorMap, { props: { facts, geo, inset: insetGeo, clicks, ...extra } })
}

describe('actorMap', () => {
  it('draws the countries, the inset, a scale and the Natural Earth credit at every step', () => {
    const w = at(0)
    expect(w.findAll('path.country').length).toBeGreaterThanOrEqual(7)
    expect(w.find('[data-country="Iraq"]').exists()).toBe(true)
    expect(w.find('.inset-frame').attributes('d')).toMatch(/^M[\d.]+,[\d.]+L/)
    expect(w.find('[data-scale-km]').text()).toBe(`${layout.bar.km} km`)
    expect(w.text()).toContain('Borders: Natural Earth')
  })

  const everyClick = Array.from({ length: layout.steps + 1 }, (_, k) => k)
  it.each(everyClick)('at click %d shows exactly the sites, badges and arrows of the steps so far', (k) => {
    const w = at(k)
    expect(w.findAll('g.site').map(s => s.attributes('data-place'))).toEqual(layout.sites.filter(s => s.step <= k).map(s => s.place.id))
    expect(w.findAll('g.arrow').map(a => a.attributes('data-arrow'))).toEqual(layout.arrows.filter(a => a.step <= k).map(a => a.id))
    expect(w.findAll('g.badge').length).toBe(layout.badges.filter(b => b.step <= k).length)
    const dateOf = (n: string) => layout.dateKey.find(d => String(d.number) === n)!.text
    expect(w.findAll('g.date-key').map(d => d.text()), 'a date for each attack drawn so far')
      .toEqual(w.findAll('g.site.attack .pin-number').map(n => `${n.text()}${dateOf(n.text())}`))
  })

  it.each(everyClick)('at click %d draws no leader line to a pin not drawn yet', (k) => {
    const w = at(k)
    const pins = w.findAll('circle.pin').map(p => [Number(p.attributes('cx')), Number(p.attributes('cy'))])
    const leaders = w.findAll('line.leader')
    if (k === layout.steps)
      expect(leaders.length, 'the final map has leaders to check').toBeGreaterThan(0)
    for (const line of leaders) {
      const [x, y] = [Number(line.attributes('x1')), Number(line.attributes('y1'))]
      const from = line.attributes('data-leader') ?? line.element.parentElement?.getAttribute('data-place')
      expect(pins.some(([px, py]) => Math.hypot(px - x, py - y) < 1), `leader of ${from}`).toBe(true)
    }
  })

  it('numbers the attack sites 1, 2, 3 as the timeline does', () => {
    const w = at(3)
    expect(w.findAll('g.site.attack').map(s => [s.attributes('data-place'), s.find('.pin-number').text()]))
      .toEqual([['erbil-airport', '1'], ['balad', '2'], ['green-zone', '3']])
  })

  it('renders the complete final state when clicks are missing or 999999', () => {
    for (const w of [at(undefined), at(999999)])
      expect(w.findAll('g.arrow')).toHaveLength(layout.arrows.length)
  })

  it('says "after the article" on the strike, and can leave it out', () => {
    expect(at(999999).find('[data-arrow="us-strikes-militias"]').text()).toContain('after the article')
    const w = at(999999, { showAfter: false })
    expect(w.find('[data-arrow="us-strikes-militias"]').exists()).toBe(false)
    expect(w.find('[data-place="abu-kamal"]').exists()).toBe(false)
  })

  it('marks the claim of backing as a claim, with no denial Iran did not make', () => {
    const words = at(999999).find('[data-arrow="iran-backs-militias"]').text()
    expect(words).toMatch(/US officials\s*and the press\s*said/)
    expect(words).not.toMatch(/denies/)
  })

  it('keys only what is drawn: the arrows from the first one, each unclaimed attack with its own pin', () => {
    const key = (clicks: number) => at(clicks).findAll('.key-note text').map(t => t.text())
    expect(key(0)).toEqual([])
    expect(key(1)).toEqual(['Arrows: who acted on whom, not from where'])
    expect(key(2)).toEqual(['Arrows: who acted on whom, not from where', 'Attack 2: no confirmed claim, no arrow'])
    expect(key(3)).toEqual(['Arrows: who acted on whom, not from where', 'Attacks 2 and 3: no confirmed claim, no arrow'])
    expect(at(3).find('svg desc').text()).toContain('Attacks 2 and 3: no confirmed claim, no arrow.')
    // A map with a note box (slide 12) has that corner taken, and no key.
    const noted = mount(ActorMap, { props: { facts, geo, inset: insetGeo, focus: 'syria-strikes' }, slots: { note: '<p>US strikes</p>' } })
    expect(noted.find('.key-note').exists()).toBe(false)
  })

  it('brings one event forward: only its arrow drawn, the rest of the story quiet', () => {
    const w = at(999999, { focus: 'syria-strikes' })
    expect(w.findAll('g.arrow').map(a => a.attributes('data-arrow'))).toEqual(['us-strikes-militias'])
    expect(w.find('[data-place="erbil-airport"]').classes()).toContain('quiet')
    expect(w.find('[data-place="abu-kamal"]').classes()).not.toContain('quiet')
    expect(at(999999).findAll('.quiet')).toHaveLength(0)
    // No leader from an actor to an attack's pin where the arrows that explain it are gone: it would read as blame.
    expect(w.findAll('line.leader')).toHaveLength(0)
    expect(at(999999).findAll('line.leader').length).toBeGreaterThan(0)
    expect(w.findAll('g.date-key.quiet')).toHaveLength(3)
    // Only the striking actor stays bright: the militias' badge, in Iraq, would read as the target in Syria.
    expect(w.findAll('g.badge:not(.quiet)').map(b => b.attributes('data-actor'))).toEqual(['us'])
  })

  it('is an image with title and description, and lists places and relations for screen readers', () => {
    const w = at(0)
    expect(w.find('svg[role="img"] title').text()).toMatch(/Where the attacks fell/)
    // The description says what each step shows: Erbil only once it is drawn.
    expect(w.find('svg[role="img"] desc').text()).not.toMatch(/Erbil airport/)
    expect(at(1).find('svg[role="img"] desc').text()).toMatch(/Attack 1, 15 Feb: Erbil airport/)
    expect(at(999999).find('svg[role="img"] desc').text()).toContain('Abu Kamal, Syria.')
    expect(w.findAll('ul.sr-only li')).toHaveLength(layout.sites.length + layout.arrows.length)
    expect(MAP_SIZE.width).toBeLessThanOrEqual(884)
  })
})
