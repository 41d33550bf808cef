// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { MAP_SIZE } from '../../charts/map'
import PlaceMap from '../../components/PlaceMap.vue'
import { layoutPlaceMap } from '../../composables/layouts'
import { facts } from '../../data'
import { geo, insetGeo } from '../../data/geo'

const layout = layoutPlaceMap(facts, geo)
function at(stage: string, clicks?: number, slots: Record<string, string> = {}) {
  return mount(PlaceMap, { props: { facts, geo, inset: insetGeo, stage, clicks } as never, slots })
}

describe('placeMap', () => {
  it('draws the countries, the inset, a scale and the Natural Earth credit on every stage', () => {
    for (const stage of ['erbil', 'attacks', 'answer', 'cover']) {
      const w = at(stage, 0)
      expect(w.findAll('path.country').length, stage).toBeGreaterThanOrEqual(7)
      expect(w.find('.inset-frame').attributes('d')).toMatch(/^M[\d.]+,[\d.]+L/)
      expect(w.find('[data-scale-km]').text()).toBe(`${layout.bar.km} km`)
      expect(w.text()).toContain('Borders: Natural Earth')
    }
  })

  it('steps the week\'s attacks: pins and their numbers, then the raid', () => {
    expect(at('attacks', 0).findAll('g.site').map(s => s.attributes('data-place'))).toEqual(['tehran'])
    const three = at('attacks', 3)
    expect(three.findAll('g.site.attack').map(s => [s.attributes('data-place'), s.find('.pin-number').text()]))
      .toEqual([['erbil-airport', '1'], ['balad', '2'], ['green-zone', '3']])
    expect(three.findAll('g.order, path.order-line'), 'no line joins the numbers: two cold reads took one for a route').toHaveLength(0)
    expect(three.find('g.site.raid').exists()).toBe(false)
  })

  it('writes each attack\'s date beside its pin, with no key to look up', () => {
    const w = at('attacks', 3)
    expect(w.find('[data-place="erbil-airport"] [data-label]').text()).toContain('15 Feb')
    expect(w.find('[data-place="green-zone"] [data-label]').text()).toContain('US embassy · 22 Feb')
  })

  it('renders the whole stage when clicks are missing or 999999, the crowd round Baghdad enlarged', () => {
    for (const w of [at('attacks'), at('attacks', 999999)]) {
      expect(w.findAll('g.site').length - w.findAll('[data-detail] g.site').length, 'Tehran and the three attacks').toBe(4)
      expect(w.findAll('[data-detail] g.site').map(s => s.attributes('data-place'))).toEqual(['balad', 'tarmiyah', 'green-zone'])
    }
  })

  it('enlarges the crowd round Baghdad only once the raid is shown, its words there and not on the map', () => {
    expect(at('attacks', 3).find('[data-detail]').exists()).toBe(false)
    const w = at('attacks', 4)
    const detail = w.find('[data-detail]')
    expect(detail.find('[data-label="detail:tarmiyah"]').text()).toBe('TarmiyahIraqi raid on Daesh, 20 Feb')
    const onMap = w.findAll('g.site.raid').filter(g => !g.element.closest('[data-detail]'))
    expect(onMap, 'the raid drawn in the enlargement alone').toHaveLength(0)
    expect(detail.find('.detail-title').text()).toBe(`Dashed box, enlarged ${layout.detail!.k.toFixed(1)}×`)
    expect(detail.find('[data-detail-km]').text()).toBe(`${layout.detail!.bar.km} km`)
    expect(detail.findAll('line, path.country'), 'no line and no land over Iran').toHaveLength(0)
    for (const stage of ['erbil', 'answer', 'cover'])
      expect(at(stage).find('[data-detail]').exists(), stage).toBe(false)
  })

  it('puts the slide\'s panel where the layout kept room: the cold open east, the strike\'s callout and tolls', () => {
    const erbil = at('erbil', 0, { east: '<p>about 14 rockets</p>', west: '<p>never</p>' })
    expect(erbil.findAll('[data-panel]').map(p => p.attributes('data-panel'))).toEqual(['east'])
    expect(erbil.find('[data-panel="east"]').text()).toBe('about 14 rockets')
    expect(erbil.find('[data-panel="east"]').attributes('style')).toContain(`left: ${layout.panels.east.x}px`)
    const answer = at('answer', 0, { east: '<p>tolls</p>', west: '<p>US strikes</p>' })
    expect(answer.findAll('[data-panel]').map(p => p.attributes('data-panel'))).toEqual(['west', 'east'])
    expect(answer.find('[data-leader="west"]').exists()).toBe(true)
    expect(at('attacks', 4).findAll('[data-panel]')).toHaveLength(0)
  })

  it('greys the week behind the answer, never a paler tint of a colour', () => {
    const w = at('answer')
    expect(w.findAll('g.site.quiet').map(s => s.attributes('data-place'))).toEqual(['erbil-airport', 'balad', 'green-zone'])
    expect(w.find('[data-place="abu-kamal"]').classes()).not.toContain('quiet')
    expect(at('cover').findAll('.quiet')).toHaveLength(0)
  })

  it('is an image with title and description, and lists every place for screen readers', () => {
    const w = at('attacks', 0)
    expect(w.find('svg[role="img"] title').text()).toMatch(/Where the week's attacks fell/)
    expect(w.find('svg[role="img"] desc').text()).not.toMatch(/Erbil airport/)
    expect(at('attacks', 1).find('svg[role="img"] desc').text()).toMatch(/Attack 1: Erbil airport, 15 Feb, Iraq/)
    expect(w.findAll('ul.sr-only li')).toHaveLength(layout.sites.length)
    expect(w.find('svg').attributes('width')).toBe(String(MAP_SIZE.width))
  })
})
