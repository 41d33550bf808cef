import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { overlaps } from '../../charts/geometry'
import { layoutLocator, LOCATOR_SIZE } from '../../charts/locator'
import { layoutGround, onOwnSide } from '../../charts/map'
import AttackLocator from '../../components/AttackLocator.vue'
import { facts } from '../../data'
import { geo } from '../../data/geo'

const layout = layoutLocator(facts, geo, 'erbil')
const frame = { x: 0, y: 0, w: LOCATOR_SIZE.width, h: LOCATOR_SIZE.height }

describe('the cold open\'s locator', () => {
  it('puts the pin at the place\'s coordinates, numbered as on the big map', () => {
    const place = facts.places.find(p => p.id === 'erbil-airport')!
    const [x, y] = layoutGround(geo, frame).point(place.lon, place.lat)
    expect(layout.pin.x).toBeCloseTo(x, 6)
    expect(layout.pin.y).toBeCloseTo(y, 6)
    expect(layout.pin.number).toBe(1)
    const { countryAt } = layoutGround(geo, frame)
    expect(countryAt(layout.pin.x, layout.pin.y)).toBe('Iraq')
  })

  it('names the place over its own country, inside the frame, clear of the pin, scale and credit', () => {
    const { countryAt } = layoutGround(geo, frame)
    const b = layout.label.box
    expect(onOwnSide(b, 'Iraq', countryAt)).toBe(true)
    expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= frame.w && b.y + b.h <= frame.h).toBe(true)
    const { pin, bar } = layout
    expect(overlaps(b, { x: pin.x - pin.r, y: pin.y - pin.r, w: 2 * pin.r, h: 2 * pin.r }, 1)).toBe(false)
    expect(overlaps(b, { x: bar.x, y: bar.y - 22, w: bar.px, h: 26 }, 1)).toBe(false)
    expect(bar.km).toBeGreaterThan(0)
  })

  it('is an image with a title and a description that says which attack, where and when', () => {
    const w = mount(AttackLocator, { props: { facts, geo, event: 'erbil' } })
    const svg = w.find('svg[role="img"]')
    expect(svg.find('title').text()).toBe('Where the Erbil airport attack fell')
    expect(svg.find('desc').text()).toContain('Attack 1, 15 Feb: Erbil airport, Iraq.')
    expect(w.text()).toContain('Borders: Natural Earth')
    expect(w.find('[data-country="Iraq"].iraq').exists()).toBe(true)
  })

  it('refuses an event that is not an attack with a place', () => {
    expect(() => layoutLocator(facts, geo, 'price-briefing')).toThrow(/no attack "price-briefing"/)
  })
})
