import type { Pt } from '../../charts/geometry'
import { beforeEach, describe, expect, it } from 'vitest'
import { bounds, within } from '../../charts/geometry'
import { frameCorners, layoutGround, layoutInset, mapAreas } from '../../charts/map/ground'
import { MAP_SIZE } from '../../charts/map/model'
import { geo, insetGeo } from '../../data/geo'

// The map's ground and its locator, as the audience would see them go wrong: a country with no outline, a name over the
// wrong country, the inset's land off its box, the red frame on the inset not where the main map is.

const { frame, inset } = mapAreas(MAP_SIZE)
let ground: ReturnType<typeof layoutGround>
beforeEach(() => {
  ground = layoutGround(geo, frame)
})
/** The numbers of an SVG path, as points. */
const pointsOf = (d: string): Pt[] => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(m => [Number(m[1]), Number(m[2])])

describe('the ground', () => {
  it('draws every country in the frame with an outline cut at the frame, boxed by its bounds', () => {
    const inFrame = ['Iraq', 'Iran', 'Syria', 'Jordan', 'Saudi Arabia', 'Turkey']
    const drawn = ground.countries.filter(c => c.d)
    expect(drawn.map(c => c.name)).toEqual(expect.arrayContaining(inFrame))
    for (const c of drawn) {
      expect(c.d, c.name).toMatch(/^M/)
      const pts = pointsOf(c.d)
      expect(pts.length, c.name).toBeGreaterThan(3)
      const b = bounds(pts)
      expect(within(b, { x: frame.x - 0.1, y: frame.y - 0.1, w: frame.w + 0.2, h: frame.h + 0.2 }), `${c.name} inside the frame`).toBe(true)
      for (const k of ['x', 'y', 'w', 'h'] as const)
        expect(c.bounds[k], `${c.name} bounds.${k}`).toBeCloseTo(b[k], 0)
    }
  })

  it('says which country lies under a point: the capitals in their own, nothing outside the frame', () => {
    const at = (lon: number, lat: number) => ground.countryAt(...ground.point(lon, lat))
    expect(at(44.37, 33.31), 'Baghdad').toBe('Iraq')
    expect(at(51.42, 35.69), 'Tehran').toBe('Iran')
    expect(at(40.94, 34.45), 'Abu Kamal').toBe('Syria')
    expect(at(35.93, 31.95), 'Amman, west of the frame').toBeUndefined()
    expect(ground.countryAt(frame.x - 5, frame.y + 100)).toBeUndefined()
    expect(ground.countryAt(frame.x + frame.w + 5, frame.y + 100)).toBeUndefined()
    expect(ground.countryAt(frame.x + 100, frame.y + frame.h + 5)).toBeUndefined()
    // the same answer asked twice
    expect(at(44.37, 33.31)).toBe('Iraq')
  })
})

describe('the locator inset', () => {
  it('draws the wider region\'s land filling its box, and the main map\'s frame where the map is', () => {
    const corners = frameCorners(frame, ground.projection)
    expect(corners).toHaveLength(4)
    // The frame's corners, in degrees, project back onto the frame's corners.
    const back = corners.map(c => ground.projection(c)!)
    const [right, bottom] = [frame.x + frame.w, frame.y + frame.h]
    const expected: Pt[] = [[frame.x, frame.y], [right, frame.y], [right, bottom], [frame.x, bottom]]
    back.forEach(([x, y], i) => {
      expect(x, `corner ${i}`).toBeCloseTo(expected[i][0], 3)
      expect(y, `corner ${i}`).toBeCloseTo(expected[i][1], 3)
    })
    const { d, frame: drawn } = layoutInset(insetGeo, inset, corners)
    const land = bounds(pointsOf(d))
    expect(within(land, { x: inset.x - 0.5, y: inset.y - 0.5, w: inset.w + 1, h: inset.h + 1 }), 'the land inside its box').toBe(true)
    expect(land.w / inset.w > 0.95 || land.h / inset.h > 0.95, 'the land filling its box one way').toBe(true)
    const ring = pointsOf(drawn)
    expect(drawn).toMatch(/^M.*Z$/)
    expect(ring).toHaveLength(4)
    const r = bounds(ring)
    expect(within(r, inset), 'the frame inside the inset').toBe(true)
    expect(r.w, 'a frame, not a point').toBeGreaterThan(10)
    expect(r.w, 'a region of the inset, not all of it').toBeLessThan(inset.w / 2)
    const [tl, tr, br, bl] = ring
    expect(tl[0] < tr[0] && bl[0] < br[0] && tl[1] < bl[1] && tr[1] < br[1], 'corners in order: north up, west left').toBe(true)
  })
})
