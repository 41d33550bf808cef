import type { GeoProjection } from 'd3-geo'
import type { Box } from '../../charts/geometry'
import { geoDistance } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { bounds } from '../../charts/geometry'
import { FRAME, makeProjection, scaleBar } from '../../charts/projection'

// The map's projection and scale bar, checked against the sphere rather than against their own formulas: the frame
// fitted to the slide, north up, shapes true, the cut at the frame's edge, and a scale bar as long as its distance.

const extent: Box = { x: 20, y: 10, w: 900, h: 500 }
const EARTH_KM = 6371

describe('the projection', () => {
  // Made in each test, not once as the file is read: under mutation testing only the tests run the changed code.
  const fit = () => makeProjection(extent)
  const { west, east, south, north } = FRAME
  const mid = (west + east) / 2
  const fitted: [number, number][] = [[west, south], [east, south], [east, north], [west, north], [mid, north], [mid, south]]

  it('fits the frame\'s corners in the extent, centred, 6 in from its edges, touching them on one axis', () => {
    const { point } = fit()
    const b = bounds(fitted.map(([lon, lat]) => point(lon, lat)))
    expect(b.x).toBeGreaterThanOrEqual(extent.x + 6 - 1e-6)
    expect(b.y).toBeGreaterThanOrEqual(extent.y + 6 - 1e-6)
    expect(b.x + b.w).toBeLessThanOrEqual(extent.x + extent.w - 6 + 1e-6)
    expect(b.y + b.h).toBeLessThanOrEqual(extent.y + extent.h - 6 + 1e-6)
    const touchesX = Math.abs(b.x - (extent.x + 6)) < 1e-6 && Math.abs(b.x + b.w - (extent.x + extent.w - 6)) < 1e-6
    const touchesY = Math.abs(b.y - (extent.y + 6)) < 1e-6 && Math.abs(b.y + b.h - (extent.y + extent.h - 6)) < 1e-6
    expect(touchesX || touchesY, 'fitted, not merely inside').toBe(true)
    expect(b.x + b.w / 2, 'centred across').toBeCloseTo(extent.x + extent.w / 2, 3)
    expect(b.y + b.h / 2, 'centred down').toBeCloseTo(extent.y + extent.h / 2, 3)
    const wider = makeProjection(extent, 30).point(west, north)[0]
    expect(wider, 'a wider margin asked for').toBeGreaterThan(point(west, north)[0])
  })

  it('keeps north up along the frame\'s middle meridian, and east to the right', () => {
    const { point } = fit()
    const [xn, yn] = point(mid, north)
    const [xs, ys] = point(mid, south)
    expect(xn).toBeCloseTo(xs, 6)
    expect(yn).toBeLessThan(ys)
    expect(point(east, 34)[0]).toBeGreaterThan(point(west, 34)[0])
  })

  it('is true in scale on both its standard parallels, 31° and 37°, so shapes and distances hold across Iraq', () => {
    const { point } = fit()
    const pxPerKm = (lat: number) => {
      const [x0] = point(44, lat)
      const [x1] = point(45, lat)
      return (x1 - x0) / (geoDistance([44, lat], [45, lat]) * EARTH_KM)
    }
    expect(pxPerKm(31) / pxPerKm(37)).toBeCloseTo(1, 3)
    expect(pxPerKm(34) / pxPerKm(37), 'between them, a little smaller').toBeLessThan(1)
  })

  it('cuts shapes at the frame\'s edge, so nothing is drawn outside it', () => {
    const huge = { type: 'Polygon' as const, coordinates: [[[20, 20], [20, 50], [70, 50], [70, 20], [20, 20]]] }
    const [[x0, y0], [x1, y1]] = fit().path.bounds(huge)
    expect([x0, y0, x1, y1]).toEqual([extent.x, extent.y, extent.x + extent.w, extent.y + extent.h])
  })
})

describe('the scale bar', () => {
  const { projection, point } = makeProjection(extent)
  const [x, y] = point(44, 33)

  it('is as long on the map as its distance on the ground', () => {
    const { km, px } = scaleBar(projection, x, y)
    const start = projection.invert!([x, y])!
    const end = projection.invert!([x + px, y])!
    expect(geoDistance(start, end) * EARTH_KM / km).toBeCloseTo(1, 2)
  })

  it('is the round distance whose bar is nearest the length asked for', () => {
    expect(scaleBar(projection, x, y, 1).km, 'the shortest').toBe(50)
    expect(scaleBar(projection, x, y, 10_000).km, 'the longest').toBe(500)
    const per100 = scaleBar(projection, x, y, scaleBar(projection, x, y, 1).px * 2).px
    expect(scaleBar(projection, x, y, per100 * 1.5 + 2).km, 'nearer 150 km than 100 or 200').toBe(150)
    expect(scaleBar(projection, x, y, 120).km).toBe(200)
  })

  it('refuses a projection it cannot invert', () => {
    const flat = ((p: [number, number]) => p) as unknown as GeoProjection
    expect(() => scaleBar(flat, x, y)).toThrow('scaleBar: the projection cannot be inverted')
  })
})
