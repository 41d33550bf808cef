import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AttackTimeline from '../../components/AttackTimeline.vue'
import { timelineEvents, total } from '../../charts/timeline'
import { facts } from '../../data'

const order = timelineEvents(facts.events)
const at = (clicks: number, showAfter = true) => mount(AttackTimeline, { props: { facts, clicks, showAfter } })

describe('attackTimeline', () => {
  it('has one step per event plus a summary', () => {
    expect(at(0).attributes('data-steps')).toBe(String(order.length + 1))
  })

  it.each(Array.from({ length: order.length + 1 }, (_, k) => k))('shows exactly %i events at click %i', (k) => {
    const w = at(k)
    const shown = w.findAll('svg g.event').map(g => g.attributes('data-event'))
    expect(shown).toEqual(order.slice(0, k).map(e => e.id))
    if (k > 0)
      expect(w.find('g.event[data-status="current"]').attributes('data-event')).toBe(order[k - 1].id)
  })

  it('shows the current event\'s figures from the data on its card', () => {
    for (const [k, e] of order.entries()) {
      if (e.kind !== 'attack')
        continue
      const card = at(k + 1).find('.event-card')
      expect(card.attributes('data-event')).toBe(e.id)
      expect(card.find('[data-fact="rockets"] b').text()).toBe(String(e.rockets))
      expect(card.find('[data-fact="injured"] b').text()).toBe(String(total(e.injured)))
      expect(card.find('[data-fact="killed"] b').text()).toBe(String(total(e.killed)))
    }
  })

  it('draws one toll mark per person', () => {
    const erbil = facts.events.find(e => e.id === 'erbil')!
    const g = at(1).find('g.event[data-event="erbil"]')
    expect(g.findAll('.toll-injured')).toHaveLength(total(erbil.injured))
    expect(g.findAll('.toll-killed')).toHaveLength(total(erbil.killed))
  })

  it('clamps 999999 clicks to the complete final state with totals', () => {
    const w = at(999999)
    expect(w.findAll('svg g.event')).toHaveLength(order.length)
    expect(w.find('[data-summary]').exists()).toBe(true)
    const attacks = facts.events.filter(e => e.kind === 'attack')
    expect(w.find('[data-fact="injured-total"]').text()).toBe(`${attacks.reduce((n, e) => n + total(e.injured), 0)} injured`)
    expect(w.find('.span').attributes('data-span-days')).toBe('8')
  })

  it('hides the after-the-article band and events when asked', () => {
    const w = at(999999, false)
    expect(w.find('.after-band').exists()).toBe(false)
    expect(w.find('[data-event="syria-strikes"]').exists()).toBe(false)
  })

  it('is an image with a title and description, and lists every event for screen readers', () => {
    const w = at(0)
    const svg = w.find('svg[role="img"]')
    const [t, d] = svg.attributes('aria-labelledby')!.split(' ')
    expect(w.find(`title[id="${t}"]`).text()).toMatch(/Timeline/)
    expect(w.find(`desc[id="${d}"]`).text()).toMatch(/Erbil airport, 14 rockets/)
    expect(w.findAll('ol.sr-only li')).toHaveLength(order.length)
  })
})
