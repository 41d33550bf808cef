import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ActorMap from '../../components/ActorMap.vue'
import { layoutActorMap, MAP_SIZE } from '../../charts/actorMap'
import { facts } from '../../data'
import { geo } from '../../data/geo'

const layout = layoutActorMap(facts, geo, MAP_SIZE.width, MAP_SIZE.height)
const at = (clicks?: number, extra: Record<string, unknown> = {}) => mount(ActorMap, { props: { facts, geo, clicks, ...extra } })

describe('actorMap', () => {
  it('draws the countries at every step', () => {
    expect(at(0).findAll('path.country').length).toBeGreaterThanOrEqual(7)
    expect(at(0).find('[data-country="Iraq"]').exists()).toBe(true)
  })

  it.each(Array.from({ length: layout.steps + 1 }, (_, k) => k))('at click %i shows the sites and arrows of the steps so far', (k) => {
    const w = at(k)
    expect(w.findAll('g.site')).toHaveLength(layout.sites.filter(s => s.step <= k).length)
    expect(w.findAll('g.arrow')).toHaveLength(layout.arrows.filter(a => a.step <= k).length)
    expect(w.findAll('g.arrow').map(a => a.attributes('data-relation'))).toEqual(facts.relations.slice(0, Math.max(0, k - 3)).map(r => r.id))
  })

  it('shows the attack sites one per click', () => {
    expect(at(1).findAll('g.site.attack').map(s => s.attributes('data-place'))).toEqual(['erbil-airport'])
    expect(at(3).findAll('g.site.attack')).toHaveLength(3)
  })

  it('renders the complete final state when clicks are missing or 999999', () => {
    for (const w of [at(undefined), at(999999)]) {
      expect(w.findAll('g.arrow')).toHaveLength(facts.relations.length)
      expect(w.findAll('g.badge')).toHaveLength(facts.actors.length)
    }
  })

  it('can leave out what came after the article', () => {
    const w = at(999999, { showAfter: false })
    expect(w.find('[data-relation="us-strikes-militias"]').exists()).toBe(false)
    expect(w.find('[data-place="abu-kamal"]').exists()).toBe(false)
  })

  it('highlights one event\'s site and quiets the others', () => {
    const w = at(999999, { highlight: 'balad' })
    expect(w.find('g.site.hl').attributes('data-place')).toBe('balad')
    expect(w.findAll('g.site.dim').length).toBe(layout.sites.length - 1)
    expect(at(999999).find('g.site.hl').exists()).toBe(false)
  })

  it('has a legend entry for every kind of relation shown', () => {
    const legend = at(999999).find('.legend').text()
    for (const k of ['attacks', 'backs', 'condemns', 'supports', 'holds responsible']) expect(legend).toContain(k)
  })

  it('is an image with title and description, and lists places and relations for screen readers', () => {
    const w = at(0)
    expect(w.find('svg[role="img"] title').text()).toMatch(/Where the attacks fell/)
    expect(w.find('svg[role="img"] desc').text()).toMatch(/Erbil airport/)
    expect(w.findAll('ul.sr-only li')).toHaveLength(layout.sites.length + layout.arrows.length)
  })
})
