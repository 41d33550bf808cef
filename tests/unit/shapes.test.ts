import type { Actor } from '../../data'
import { describe, expect, it } from 'vitest'
import { shapePath } from '../../charts/shapes'

type Shape = Actor['shape']
const POLYGONS: Shape[] = ['square', 'diamond', 'triangle', 'hexagon', 'star', 'bar']

/** The corners a polygon's path visits, in order. */
function corners(d: string): [number, number][] {
  expect(d, 'one closed polygon').toMatch(/^M[^MZ]+Z$/)
  return d.slice(1, -1).split('L').map(p => p.split(',').map(Number) as [number, number])
}
function extent(pts: [number, number][]) {
  const xs = pts.map(p => p[0])
  const ys = pts.map(p => p[1])
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys), top: Math.min(...ys), bottom: Math.max(...ys) }
}

describe('actor shapes', () => {
  it('draws each polygon with the corners a viewer counts: 4, 4, 3, 6, a five-pointed star, and a bar', () => {
    const counts = Object.fromEntries(POLYGONS.map(s => [s, corners(shapePath(s, 10)).length]))
    expect(counts).toEqual({ square: 4, diamond: 4, triangle: 3, hexagon: 6, star: 10, bar: 4 })
  })

  it('gives the star five outer points and five inner ones, alternating, so it reads as a star and not a decagon', () => {
    const radii = corners(shapePath('star', 10)).map(([x, y]) => Math.hypot(x, y))
    radii.forEach((r, i) => expect(r, `corner ${i}`).toBeCloseTo(i % 2 ? 4.5 : 11, 1))
    const [tipX, tipY] = corners(shapePath('star', 10))[0]
    expect([Math.round(tipX), Math.round(tipY)], 'a point straight up').toEqual([0, -11])
  })

  it('points the triangle up, balanced on the centre: its box\'s middle a little above, its centroid a little below', () => {
    const pts = corners(shapePath('triangle', 10))
    const apex = pts.reduce((a, b) => (b[1] < a[1] ? b : a))
    expect(Math.round(apex[0]), 'apex in the middle').toBe(0)
    const base = pts.filter(p => p !== apex)
    expect(base[0][1]).toBeCloseTo(base[1][1], 6)
    expect(base[0][1], 'flat base below the apex').toBeGreaterThan(apex[1])
    const { top, bottom } = extent(pts)
    const centroid = pts.reduce((n, p) => n + p[1], 0) / 3
    expect((top + bottom) / 2).toBeLessThan(0)
    expect(centroid).toBeGreaterThan(0)
    expect(centroid - (top + bottom) / 2, 'both within a few units of the centre').toBeLessThan(4)
  })

  it('draws the square and the diamond as the same square, one turned on its corner', () => {
    const square = corners(shapePath('square', 10))
    const diamond = corners(shapePath('diamond', 10))
    expect(square.every(([x, y]) => Math.abs(x) === Math.abs(y)), 'square: corners on the diagonals').toBe(true)
    expect(diamond.every(([x, y]) => x === 0 || y === 0), 'diamond: corners on the axes').toBe(true)
    expect(extent(square).w).toBeCloseTo(extent(square).h, 6)
    expect(extent(diamond).w).toBeCloseTo(20, 6)
    // The square's side is smaller than the diamond's diagonal, so the two look the same weight.
    expect(extent(square).w).toBeLessThan(extent(diamond).w)
  })

  it('draws the bar more than twice as wide as it is tall: a neutral shape, no cross', () => {
    const { w, h } = extent(corners(shapePath('bar', 10)))
    expect(w / h).toBeCloseTo(2.2, 6)
    expect(h).toBeCloseTo(10, 6)
  })

  it('draws the hexagon with every corner on one circle, flat top and bottom', () => {
    const pts = corners(shapePath('hexagon', 10))
    for (const [x, y] of pts) expect(Math.hypot(x, y)).toBeCloseTo(10, 1)
    expect(pts.filter(([, y]) => Math.abs(y + 8.66) < 0.01), 'two corners on the top edge').toHaveLength(2)
  })

  it('draws the circle as two half arcs of radius r through (−r, 0) and (r, 0)', () => {
    expect(shapePath('circle', 10)).toBe('M-10,0A10,10 0 1,0 10,0A10,10 0 1,0 -10,0Z')
  })

  it('centres every shape on 0,0 and scales it with r, so a shape of twice the size is the same shape', () => {
    for (const s of POLYGONS) {
      const small = corners(shapePath(s, 10))
      const big = corners(shapePath(s, 20))
      big.forEach(([x, y], i) => {
        expect(x, s).toBeCloseTo(2 * small[i][0], 1)
        expect(y, s).toBeCloseTo(2 * small[i][1], 1)
      })
      const { w, h } = extent(small)
      expect(w, `${s} about 2r across`).toBeGreaterThan(15)
      expect(w, `${s} about 2r across`).toBeLessThan(25)
      expect(h, s).toBeGreaterThan(9)
      expect(h, s).toBeLessThan(25)
    }
  })

  it('gives every actor shape a different outline', () => {
    const all: Shape[] = ['circle', ...POLYGONS]
    expect(new Set(all.map(s => shapePath(s, 10))).size).toBe(all.length)
  })
})
