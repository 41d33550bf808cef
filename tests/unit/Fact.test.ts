import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Fact from '../../components/Fact.vue'
import { FACTS, recordOf, resolveFact } from '../../composables/facts'
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
