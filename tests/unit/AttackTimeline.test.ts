// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { overlaps } from '../../charts/geometry'
import { textWidth } from '../../charts/labels'
import { timelineEvents, total } from '../../charts/timeline'
import { layoutTimeline, NO_ONE_HURT, TIMELINE_FONT, TIMELINE_SIZE, TOLL_R } from '../../charts/timelineLayout'
import { SPAN_FONT, spanWords } from '../../charts/timelineText'
import { VERDICT_STYLE } from '../../charts/verdicts'
import AttackTimeline from '../../components/AttackTimeline.vue'
import { facts } from '../../data'

const order = timelineEvents(facts.events)
// Laid out afresh before each test, not once at import: under mutation testing each test must run the changed code.
let layout: ReturnType<typeof layoutTimeline>
beforeEach(() => {
  layout = layoutTimeline(order)
})
const at = (clicks: number, showAfter = true) => mount(AttackTimeline, { props: { facts, clicks, showAfter } })

describe('timeline layout', () => {
  it('runs each attack\'s stem down to the axis from below its casualty marks and "no one hurt", never through them', () => {
    const attacks = layout.marks.filter(m => m.number)
    expect(attacks).toHaveLength(3)
    for (const m of attacks) {
      const lowest = Math.max(m.y + 13, ...m.toll.map(p => p.y + TOLL_R), ...(m.none ? [m.none.y] : []))
      expect(m.stemTop, m.event.id).toBeGreaterThan(lowest)
      expect(m.stemTop!, m.event.id).toBeLessThan(layout.Y.axis)
    }
    const erbil = attacks.find(m => m.event.id === 'erbil')!
    expect(erbil.toll.length, 'Erbil: 2 dead and 11 injured who lived, one mark a person').toBe(13)
  })
  it('takes at least 70 % of the slide\'s width and 55 % of its height', () => {
    expect(layout.size.width / 980).toBeGreaterThanOrEqual(0.7)
    expect(layout.size.height / 552).toBeGreaterThanOrEqual(0.55)
    expect(TIMELINE_SIZE.width).toBeLessThanOrEqual(884)
  })
  it('labels every event in place, and no two labels overlap', () => {
    const boxes = layout.marks.map(m => ({ id: m.event.id, ...m.label.box }))
    expect(boxes).toHaveLength(order.length)
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i], boxes[j]), `${boxes[i].id} / ${boxes[j].id}`).toBe(false)
      expect(boxes[i].x >= 0 && boxes[i].x + boxes[i].w <= layout.size.width, `${boxes[i].id} inside`).toBe(true)
    }
  })
  it('keys the marks in one row under every event, so that no entry reads as an event of the day above it', () => {
    const entries = [layout.dayKey!, ...layout.tollKey].map(k => k.box)
    const lowest = Math.max(...layout.marks.flatMap(m => [m.label.box.y + m.label.box.h, m.y + 13]))
    for (const b of entries) {
      expect(b.y, 'below every event').toBeGreaterThan(lowest)
      expect(b.y, 'one row').toBe(entries[0].y)
      expect(b.y + b.h).toBeLessThanOrEqual(layout.size.height)
    }
    for (const [i, b] of entries.slice(1).entries())
      expect(b.x, 'left to right, apart').toBeGreaterThan(entries[i].x + entries[i].w)
    // The article's line runs down through the key's row: no entry may reach it.
    expect(Math.max(...entries.map(b => b.x + b.w)), 'clear of the article\'s line').toBeLessThan(layout.afterStart! - 8)
  })
  it('keys the grey day bar, clear of every label, mark and day bar, from the first click that draws one', () => {
    const key = layout.dayKey!
    expect(key.text).toBe('hour unknown or disputed')
    for (const m of layout.marks) {
      expect(overlaps(key.box, m.label.box, 2), `key over ${m.event.id}'s label`).toBe(false)
      expect(overlaps(key.box, { x: m.x - 13, y: m.y - 13, w: 26, h: 26 }, 2), `key over ${m.event.id}'s mark`).toBe(false)
      if (m.day)
        expect(overlaps(key.box, { x: m.day.x0, y: m.y - 4, w: m.day.x1 - m.day.x0, h: 8 }, 2), `key over ${m.event.id}'s day`).toBe(false)
    }
    const first = order.findIndex((_, i) => layout.marks[i].day) + 1
    expect(at(first - 1).find('.day-key').exists()).toBe(false)
    expect(at(first).find('.day-key').text()).toBe('hour unknown or disputed')
  })
  it('keys the casualty marks clear of every label, mark and day bar, each line from the click that first draws its kind', () => {
    expect(layout.tollKey.map(k => k.text)).toEqual(['injured', 'killed', 'unconfirmed'])
    const caption = { x: layout.axis[0], y: layout.Y.axis - 22, w: 150, h: 18 } // "Feb 2021, local time"
    for (const k of layout.tollKey) {
      expect(overlaps(k.box, caption, 2), `${k.text} over the axis caption`).toBe(false)
      expect(overlaps(k.box, layout.dayKey!.box, 2), `${k.text} over the day key`).toBe(false)
      for (const m of layout.marks) {
        expect(overlaps(k.box, m.label.box, 2), `${k.text} over ${m.event.id}'s label`).toBe(false)
        expect(overlaps(k.box, { x: m.x - 13, y: m.y - 13, w: 26, h: 26 }, 2), `${k.text} over ${m.event.id}'s mark`).toBe(false)
        for (const p of m.toll)
          expect(overlaps(k.box, { x: p.x - 6, y: p.y - 6, w: 12, h: 12 }, 2), `${k.text} over ${m.event.id}'s toll`).toBe(false)
        if (m.day)
          expect(overlaps(k.box, { x: m.day.x0, y: m.y - 4, w: m.day.x1 - m.day.x0, h: 8 }, 2), `${k.text} over ${m.event.id}`).toBe(false)
      }
    }
    const keyAt = (clicks: number) => at(clicks).findAll('.toll-key [data-key]').map(g => g.attributes('data-key'))
    expect(keyAt(0)).toEqual([])
    for (let k = 1; k <= order.length; k++) {
      const drawn = layout.marks.slice(0, k).flatMap(m => m.toll)
      const expected = layout.tollKey.filter(t => drawn.some(p => p.kind === t.kind && p.dashed === t.dashed))
      expect(keyAt(k), `click ${k}`).toEqual(expected.map(t => t.text))
    }
    expect(keyAt(order.findIndex(e => e.id === 'balad') + 1)).toContain('unconfirmed')
  })
  it('draws the span bracket above every label, so its ticks cross none', () => {
    const { x0, x1, y, tickTo } = layout.spanLine
    for (const m of layout.marks) {
      const b = m.label.box
      const crossesTick = [x0, x1].some(x => x > b.x && x < b.x + b.w) && tickTo > b.y
      expect(crossesTick || (y > b.y && y < b.y + b.h && x1 > b.x && x0 < b.x + b.w), m.event.id).toBe(false)
    }
  })
  it('puts each casualty mark under its own event, one per person', () => {
    for (const m of layout.marks.filter(m => m.toll.length)) {
      // A person wounded who died later is one person, drawn as a death.
      const people = total(m.event.injured) + total(m.event.killed) - total(m.event.killed.filter(c => c.amongInjured))
      expect(m.toll, m.event.id).toHaveLength(people)
      const others = layout.marks.filter(o => o !== m && o.number)
      for (const p of m.toll) {
        expect(p.y, m.event.id).toBeGreaterThan(m.y)
        for (const o of others) expect(Math.abs(p.x - m.x), `${m.event.id} mark nearer ${o.event.id}`).toBeLessThan(Math.abs(p.x - o.x))
      }
    }
  })
  it('places events by their hour: the Green Zone in the evening, Balad with its hour not known', () => {
    const x = (id: string) => layout.marks.find(m => m.event.id === id)!
    const day = (id: string) => {
      const m = x(id)
      return m.day ?? { x0: Number.NaN, x1: Number.NaN }
    }
    expect(x('balad').hourKnown).toBe(false)
    expect(day('balad').x1 - day('balad').x0).toBeGreaterThan(30)
    expect(x('green-zone').hourKnown).toBe(true)
    expect(x('green-zone').label.lines[1]).toBe('evening')
    const gz = x('green-zone')
    const dayStart = layout.ticks.find(t => t.label === '22')!.x
    const dayEnd = layout.ticks.find(t => t.label === '23')!.x
    expect((gz.x - dayStart) / (dayEnd - dayStart)).toBeGreaterThan(0.7)
  })
  it('puts the Syria strike on the night of 25–26 Feb local time, labelled with Washington\'s date', () => {
    const m = layout.marks.find(m => m.event.id === 'syria-strikes')!
    expect(m.label.lines.join(' ')).toContain('25 Feb')
    expect(m.label.lines.join(' ')).toContain('Washington')
    const day26 = layout.ticks.find(t => t.label === '26')!.x
    expect(m.x).toBeGreaterThan(day26)
    expect(m.x).toBeLessThan(day26 + (layout.ticks[1].x - layout.ticks[0].x) * 0.15)
  })
  it('writes the weekday under each attack day', () => {
    expect(layout.ticks.filter(t => t.weekday).map(t => `${t.weekday} ${t.label}`)).toEqual(['Mon 15', 'Sat 20', 'Mon 22'])
  })
})

describe('attackTimeline', () => {
  it('has one step per event plus a summary', () => {
    expect(at(0).attributes('data-steps')).toBe(String(order.length + 1))
  })

  it.each(Array.from({ length: order.length + 1 }, (_, k) => k))('at click %d shows the events so far, the last one current', (k) => {
    const w = at(k)
    expect(w.findAll('svg g.event').map(g => g.attributes('data-event'))).toEqual(order.slice(0, k).map(e => e.id))
    if (k > 0)
      expect(w.find('g.event[data-status="current"]').attributes('data-event')).toBe(order[k - 1].id)
  })

  it('shows the current attack\'s toll on its card as carefully as the record: open counts "at least", each person once', () => {
    const said: Record<string, [string, string]> = {
      'erbil': ['at least 11 injured', '2 dead, 1 of them later, of wounds'],
      'balad': ['1 injured (disputed)', '0 dead'],
      'green-zone': ['0 injured', '0 dead'],
    }
    for (const [k, e] of order.entries()) {
      if (e.kind !== 'attack' || e.afterArticle)
        continue
      const card = at(k + 1).find('.event-card')
      expect(card.attributes('data-event')).toBe(e.id)
      expect(card.find('[data-fact="rockets"] b').text()).toBe(String(e.rockets))
      expect([card.find('[data-fact="injured"]').text(), card.find('[data-fact="killed"]').text()], e.id).toEqual(said[e.id])
      expect(card.find('.source-line').text()).toMatch(/^Sources?: /)
    }
  })

  it('draws one neutral mark per person: hollow dots for the injured, filled dots for the dead, no dagger', () => {
    const erbil = facts.events.find(e => e.id === 'erbil')!
    const g = at(1).find('g.event[data-event="erbil"]')
    expect(g.findAll('.toll-injured')).toHaveLength(total(erbil.injured) - total(erbil.killed.filter(c => c.amongInjured)))
    expect(g.findAll('.toll-killed')).toHaveLength(total(erbil.killed))
    expect(g.findAll('.toll-killed').every(k => k.element.tagName === 'circle')).toBe(true)
    expect(g.text()).not.toMatch(/[†✝✞+]/)
  })

  it('sums up carefully at the last click: about 21 rockets, the base and the street apart', () => {
    const w = at(999999)
    expect(w.findAll('svg g.event')).toHaveLength(order.length)
    expect(w.find('[data-fact="rockets-total"]').text()).toBe('about 21 rockets')
    // 9 + 2 injured who lived, as the Erbil card's "at least 11 injured"; the man who died of wounds is with the dead.
    expect(w.find('[data-fact="injured-total"]').text()).toBe('9 injured at the Erbil base, at least 2 outside it')
    expect(w.find('[data-fact="disputed-total"]').text()).toBe('1 disputed at Balad')
    // 9 + 3 injured but 11 rings: the man wounded outside who died on 22 Feb is drawn once, as a filled dot, and said so.
    expect(w.find('[data-fact="killed-total"]').text()).toBe('2 dead, 1 of them later, of wounds')
    expect(w.find('.span').attributes('data-span-days')).toBe('8')
    // The bracket gives the span itself, not the headline again: first and last day, counted both inclusive.
    expect(w.find('.span-label').text()).toBe('15 Feb to 22 Feb: 7 days apart')
    // The article's figure in the article's one voice: its clipping, and the stamp the scorecard gives that claim.
    const chip = w.find('.span-article')
    expect(chip.attributes('data-claim')).toBe('ten-days')
    expect(chip.findAll('text').map(t => t.text())).toEqual(['THE ARTICLE', 'within 10 days', `≈ loose`])
    expect(VERDICT_STYLE[facts.claims.find(c => c.id === 'ten-days')!.verdict].word).toBe('loose')
  })

  it('sets the span\'s words and the article\'s clipping side by side, clear of each other, centred on the span', () => {
    const words = spanWords({ first: '2021-02-15', last: '2021-02-22', days: 7 }, facts, 400)
    const chip = words.chip!
    const measuredRight = words.measured.x + textWidth(words.measured.text, SPAN_FONT.words)
    expect(chip.x, 'the clipping starts after the words').toBeGreaterThan(measuredRight + 8)
    expect(chip.label.x).toBeGreaterThan(chip.x + chip.bar)
    expect(chip.words.x).toBeGreaterThan(chip.label.x + chip.label.w)
    expect(chip.verdict.x).toBeGreaterThan(chip.words.x + chip.words.w)
    expect(chip.verdict.x + chip.verdict.w, 'the stamp inside the clipping').toBeLessThan(chip.x + chip.w)
    expect((words.measured.x + chip.x + chip.w) / 2, 'centred on the span').toBeCloseTo(400, 6)
  })

  it('marks the article with a line, not a hatch: every word of before on its left, of after on its right', () => {
    const line = layout.afterStart!
    expect(line).toBeGreaterThan(0)
    for (const m of layout.marks) {
      const { box } = m.label
      if (m.event.afterArticle)
        expect(box.x, m.event.id).toBeGreaterThan(line)
      else
        expect(box.x + box.w, m.event.id).toBeLessThan(line)
    }
    const none = layout.marks.filter(m => m.noneX !== undefined)
    expect(none.map(m => m.event.id)).toEqual(['green-zone'])
    for (const m of none) expect(m.noneX! + textWidth(NO_ONE_HURT, TIMELINE_FONT.detail) / 2).toBeLessThan(line)
    // Price briefed at 22:37 Iraq time: after the Green Zone rockets of that evening, and before the article.
    const x = (id: string) => layout.marks.find(m => m.event.id === id)!.x
    expect(x('green-zone')).toBeLessThan(x('price-briefing'))
    expect(x('price-briefing')).toBeLessThan(line)
    const w = at(999999)
    expect(w.find('.after-band line.article-line').exists()).toBe(true)
    expect(w.find('pattern').exists()).toBe(false)
    expect(w.find('.after-band').text()).toContain('the article')
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
    expect(w.find(`desc[id="${d}"]`).text()).toMatch(/no event drawn yet/)
    expect(at(1).find('desc').text()).toContain('Erbil airport, about 14 rockets, at least 11 injured, 2 dead, 1 of them later, of wounds.')
    expect(at(999999).find('desc').text()).toMatch(/In all: 3 attacks within about a week, about 21 rockets/)
    expect(w.findAll('ol.sr-only li')).toHaveLength(order.length)
  })
})
