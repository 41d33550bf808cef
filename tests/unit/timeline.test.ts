import { describe, expect, it } from 'vitest'
import { clampClicks, stepStatus } from '../../charts/steps'
import {
  dayOf,
  dayScale,
  formatCount,
  formatDate,
  isoOfDay,
  spanDays,
  timelineDomain,
  timelineEvents,
  tollText,
} from '../../charts/timeline'
import { facts } from '../../data'

describe('time scale', () => {
  it('maps days linearly onto x, the hour included', () => {
    const s = dayScale([0, 10], [100, 600])
    expect(s.x(0)).toBe(100)
    expect(s.x(10)).toBe(600)
    expect(s.x(dayOf({ date: '1970-01-03', time: '18:00' }))).toBeCloseTo(100 + 2.75 * 50)
  })
  it('puts a tick at every midnight inside the domain', () => {
    expect(dayScale([1.5, 5.2], [0, 1]).ticks).toEqual([2, 3, 4, 5])
  })
  it('places events without an hour at midday', () => {
    expect(dayOf({ date: '2021-02-20' }) % 1).toBeCloseTo(0.5)
    expect(dayOf({ date: '2021-02-15', time: '21:30' }) % 1).toBeCloseTo(21.5 / 24)
  })
  it('frames the events with two days before and after', () => {
    const [d0, d1] = timelineDomain(timelineEvents(facts.events))
    expect(formatDate(isoOfDay(d0))).toBe('13 Feb')
    expect(formatDate(isoOfDay(d1))).toBe('1 Mar')
  })
})

describe('counts', () => {
  it('puts a comma between thousands, the same on every machine', () => {
    expect([0, 9, 999, 1000, 2500, 35000, 1234567].map(formatCount)).toEqual(['0', '9', '999', '1,000', '2,500', '35,000', '1,234,567'])
  })
})

describe('span of the attacks', () => {
  it('is 15 to 22 February: eight calendar days, not the article\'s ten', () => {
    const span = spanDays(facts.events.filter(e => e.kind === 'attack'))
    expect(span).toEqual({ first: '2021-02-15', last: '2021-02-22', days: 7, calendarDays: 8 })
    expect(facts.figures.find(f => f.id === 'attack-span')?.value).toBe(10)
  })
})

describe('click order', () => {
  it('runs by date, attacks first on a shared day, background left out', () => {
    expect(timelineEvents(facts.events).map(e => e.id)).toEqual([
      'erbil',
      'blinken-call',
      'iran-denial',
      'joint-statement',
      'balad',
      'tarmiyah-raid',
      'green-zone',
      'price-briefing',
      'syria-strikes',
    ])
  })
  it('can leave out what came after the article', () => {
    expect(timelineEvents(facts.events, false).map(e => e.id)).not.toContain('syria-strikes')
  })
})

describe('steps', () => {
  it('clamps clicks, including the 999999 of a PDF exported without clicks', () => {
    expect(clampClicks(999999, 9)).toBe(9)
    expect(clampClicks(-3, 9)).toBe(0)
    expect(clampClicks(undefined, 9)).toBe(9)
    expect(clampClicks(4.7, 9)).toBe(4)
  })
  it('marks the last shown item current, earlier ones past, later ones hidden', () => {
    expect([0, 1, 2, 3].map(i => stepStatus(i, 3))).toEqual(['past', 'past', 'current', 'hidden'])
    expect([0, 1].map(i => stepStatus(i, 0))).toEqual(['hidden', 'hidden'])
    expect([0, 1].map(i => stepStatus(i, 2, 1))).toEqual(['current', 'hidden'])
  })
})

describe('tollText', () => {
  const person = { who: 'x', us: false, atLeast: false, disputed: false, amongInjured: false }
  it('counts each person once and says an open count is open', () => {
    const e = {
      injured: [{ ...person, count: 9 }, { ...person, count: 3, atLeast: true }],
      killed: [{ ...person, count: 1 }, { ...person, count: 1, amongInjured: true }],
    }
    expect(tollText(e)).toEqual({ injured: 'at least 11 injured', killed: '2 dead, 1 of them later, of wounds' })
  })
  it('marks a toll disputed only when every count in it is', () => {
    expect(tollText({ injured: [{ ...person, count: 1, disputed: true }], killed: [] }).injured).toBe('1 injured (disputed)')
    const mixed = { injured: [{ ...person, count: 1, disputed: true }, { ...person, count: 2 }], killed: [] }
    expect(tollText(mixed).injured).toBe('3 injured')
    expect(tollText({ injured: [], killed: [] })).toEqual({ injured: '0 injured', killed: '0 dead' })
  })
})
