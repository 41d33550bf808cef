// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { textWidth } from '../../charts/labels'
import Fact from '../../components/Fact.vue'
import { FACTS, fittedSourceLine, recordOf, resolveFact, SOURCE_LINE_FONT, sourceLine } from '../../composables/facts'
import { facts } from '../../data'

const render = (of: string) => mount(Fact, { props: { of }, global: { provide: { [FACTS as symbol]: facts } } })

describe('fact', () => {
  it('reads figures from the data', () => {
    expect(render('event:erbil.rockets').text()).toBe('14')
    expect(render('event:erbil.injured').text()).toBe('12')
    expect(render('event:erbil.injured.0').text()).toBe('4')
    expect(render('event:erbil.day').text()).toBe('15 Feb')
    expect(render('figure:us-troops').text()).toBe('2,500')
    expect(render('span:attacks').text()).toBe('8')
    expect(render('event:erbil.month').text()).toBe('February 2021')
    expect(render('event:erbil.weekday').text()).toBe('Monday')
    expect(render('event:syria-strikes.nightOf').text()).toBe('25–26 Feb')
    expect(render('event:soleimani.dayYear').text()).toBe('3 Jan 2020')
    expect(render('total:rockets').text()).toBe('about 21')
  })
  it('dates the newest change since 2021, whichever line of data/since.ts it is, with that line\'s sources', () => {
    const newest = { id: 'newer', date: '2026-03-04', text: 'x', detail: 'x', sources: ['rudaw'] }
    const older = { ...newest, id: 'older', date: '2024-01-02', sources: ['upi'] }
    expect(resolveFact({ ...facts, since: [older, newest] }, 'since:latest')).toEqual({ text: 'March 2026', sources: ['rudaw'] })
    expect(resolveFact({ ...facts, since: [newest, older] }, 'since:latest').text).toBe('March 2026')
    expect(() => resolveFact({ ...facts, since: [] }, 'since:latest')).toThrow(/no line in data\/since.ts/)
  })
  it('keeps a source line to one line of the grid: the first sources that fit named, the others counted', () => {
    const many = facts.sources.filter(s => s.kind === 'news').slice(0, 12).map(s => s.id)
    const line = fittedSourceLine(facts, many)
    expect(textWidth(line, SOURCE_LINE_FONT)).toBeLessThanOrEqual(884)
    const named = Number(line.match(/\+ (\d+) more in the handout$/)?.[1])
    expect(named, 'twelve news sources do not fit one line').toBeGreaterThan(0)
    // as many as fit: one more named would not fit
    expect(textWidth(sourceLine(facts, many, 12 - named + 1), SOURCE_LINE_FONT)).toBeGreaterThan(884)
    expect(fittedSourceLine(facts, many.slice(0, 2))).toBe(sourceLine(facts, many.slice(0, 2)))
    expect(fittedSourceLine(facts, many, { max: 1 })).toMatch(/^Sources: [^·]+ \+ \d+ more in the handout$/)
  })
  it('marks a date or a time as a date, to be set in its sentence\'s weight, and a count not', () => {
    const dates = ['event:erbil.day', 'event:erbil.time', 'event:soleimani.dayYear', 'event:syria-strikes.nightOfYear']
    for (const path of [...dates, 'event:erbil.month', 'figure:us-troops.asOf', 'since:latest'])
      expect(render(path).classes(), path).toContain('date')
    const counts = ['event:erbil.rockets', 'event:erbil.injured', 'figure:us-troops', 'total:rockets']
    for (const path of [...counts, 'months:soleimani.erbil', 'span:attacks'])
      expect(render(path).classes(), path).not.toContain('date')
  })
  it('carries the sources of what it shows', () => {
    expect(render('event:balad.rockets').attributes('data-sources')).toContain('aljazeera')
  })
  it('refuses a path that names nothing', () => {
    expect(() => resolveFact(facts, 'event:atlantis.rockets')).toThrow(/no event "atlantis"/)
    expect(() => resolveFact(facts, 'event:erbil.colour')).toThrow(/has no field "colour"/)
    expect(() => resolveFact(facts, 'figure:nope')).toThrow(/no figure "nope"/)
    expect(() => resolveFact(facts, 'months:soleimani.atlantis')).toThrow(/no event "atlantis"/)
  })
  it('finds a component\'s record by id, or stops the slide naming the component, the record and its file', () => {
    expect(recordOf(facts, 'claims', 'considering', 'ArticleSays').verdict).toBe('loose')
    expect(() => recordOf(facts, 'figures', 'nope', 'ShareBar')).toThrow('<ShareBar>: no figure "nope" in data/figures.ts')
    expect(() => recordOf(facts, 'events', 'nope', 'MonthStrip')).toThrow('<MonthStrip>: no event "nope" in data/events.ts')
  })
})
