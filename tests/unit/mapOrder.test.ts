// The base map's small layouts, tested on what the audience would see go wrong: discs off their places or on a
// neighbour, an order line that starts or ends inside a disc or bows the wrong way, a death report misread.
import type { Site } from '../../charts/map'
import { describe, expect, it } from 'vitest'
import { dist } from '../../charts/geometry'
import { DISC_CLEAR, orderLines, placeDiscs } from '../../charts/map/order'
import { layoutReports, reporter } from '../../charts/reports'
import { facts } from '../../data'

const place = facts.places[0]
function site(kind: Site['kind'], x: number, y: number, number?: number): Site {
  return { kind, place, x, y, r: kind === 'attack' ? 15 : 6, number, lines: ['x'] }
}

describe('the attacks\' discs', () => {
  it('leaves a disc on its place where nothing is near', () => {
    const sites = [site('attack', 100, 100, 1), site('seat', 400, 100)]
    placeDiscs(sites)
    expect(sites[0].disc).toEqual({ x: 100, y: 100 })
    expect(sites[1].disc).toBeUndefined()
  })
  it('nudges a disc straight away from a crowding pin until the two clear, by as little as it takes', () => {
    const sites = [site('attack', 100, 100, 1), site('raid', 100, 115)]
    placeDiscs(sites)
    const d = sites[0].disc!
    expect(d.x).toBeCloseTo(100, 6)
    expect(d.y).toBeLessThan(100)
    const gap = dist([d.x, d.y], [100, 115]) - 15 - 6
    expect(gap).toBeGreaterThanOrEqual(DISC_CLEAR)
    expect(gap).toBeLessThan(DISC_CLEAR + 1)
  })
  it('keeps a later disc clear of a disc already placed', () => {
    const sites = [site('attack', 100, 100, 1), site('attack', 100, 140, 2), site('raid', 100, 120)]
    placeDiscs(sites)
    const [a, b] = sites.map(s => s.disc!)
    expect(dist([a.x, a.y], [b.x, b.y])).toBeGreaterThanOrEqual(15 + 15 + DISC_CLEAR)
    expect(a.y).toBeLessThan(100)
    expect(b.y).toBeGreaterThan(140)
  })
})

describe('the order lines', () => {
  const sites = [site('attack', 100, 100, 1), site('attack', 120, 300, 2), site('attack', 130, 400, 3)]
  placeDiscs(sites)
  const lines = orderLines(sites)
  it('joins each attack to the next, in their numbers\' order', () => {
    expect(lines.map(l => [l.from, l.to])).toEqual([[1, 2], [2, 3]])
    expect(orderLines([sites[2], sites[0], sites[1]]).map(l => [l.from, l.to])).toEqual([[1, 2], [2, 3]])
  })
  it('starts and ends just outside the discs, never inside them', () => {
    for (const l of lines) {
      const [a, b] = [sites[l.from - 1].disc!, sites[l.to - 1].disc!]
      expect(dist(l.points[0], [a.x, a.y])).toBeCloseTo(15 + 3, 1)
      expect(dist(l.points.at(-1)!, [b.x, b.y])).toBeCloseTo(15 + 3, 1)
      expect(l.d.startsWith('M')).toBe(true)
      expect(l.d).toContain('Q')
    }
  })
  it('bows east of the straight line, clear of it by more than a disc', () => {
    for (const l of lines) {
      const [a, b] = [sites[l.from - 1].disc!, sites[l.to - 1].disc!]
      const mid = l.points[Math.floor(l.points.length / 2)]
      const straightX = a.x + (b.x - a.x) * ((mid[1] - a.y) / (b.y - a.y))
      expect(mid[0] - straightX, `${l.from}-${l.to} bows east`).toBeGreaterThan(8)
    }
  })
})

describe('an order line going north', () => {
  it('bows east too, by about a quarter of its length', () => {
    const sites = [site('attack', 100, 400, 1), site('attack', 100, 100, 2)]
    placeDiscs(sites)
    const [line] = orderLines(sites)
    const mid = line.points[Math.floor(line.points.length / 2)]
    // A quadratic's middle sits half way to its control point: a bow of 0.28 × 300 puts it about 42 px aside.
    expect(mid[0] - 100).toBeGreaterThan(30)
    expect(mid[0] - 100).toBeLessThan(50)
    expect(Math.abs(mid[1] - 250)).toBeLessThan(12)
  })
  it('bows at least two discs\' radii aside where two attacks lie close', () => {
    const sites = [site('attack', 100, 100, 1), site('attack', 100, 140, 2)]
    placeDiscs(sites)
    const [line] = orderLines(sites)
    const [a, b] = sites.map(s => s.disc!)
    const furthest = Math.max(...line.points.map(p => p[0] - (a.x + b.x) / 2))
    expect(furthest).toBeGreaterThan(10)
  })
})

describe('the death reports', () => {
  const figures = ['syria-deaths-militia', 'syria-deaths-local', 'syria-deaths-sohr'].map(id => facts.figures.find(f => f.id === id)!)
  const r = layoutReports(figures, 270)
  it('labels each row with who gave the figure, and refuses a report with no one', () => {
    expect(r.rows.map(x => x.name)).toEqual(['a militia official', 'local, medical', 'Syrian Observatory'])
    expect(() => reporter({ ...figures[0], by: undefined })).toThrow(/no "by"/)
  })
  it('draws every bar on one scale from zero, the largest ending at the room left for its number', () => {
    const [one, seventeen, twentyTwo] = r.rows
    expect(seventeen.w / twentyTwo.w).toBeCloseTo(17 / 22, 6)
    expect(one.w / twentyTwo.w).toBeCloseTo(1 / 22, 6)
    expect(new Set(r.rows.map(x => x.x0)).size).toBe(1)
    expect(twentyTwo.x0 + twentyTwo.w).toBeLessThan(270)
    expect(r.rows.map(x => x.y)).toEqual([0, 30, 60])
    expect(r.height).toBe(90)
  })
  it('says every report and who gave it, none confirmed, in its description', () => {
    expect(r.description).toBe('Deaths reported, none confirmed: 1 (a militia official), 17 (local, medical), 22 (Syrian Observatory).')
  })
})
