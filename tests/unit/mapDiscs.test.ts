// The base map's small layouts, tested on what the audience would see go wrong: discs off their places or on a
// neighbour, a death report misread.
import type { Site } from '../../charts/map'
import { describe, expect, it } from 'vitest'
import { dist } from '../../charts/geometry'
import { DISC_CLEAR, placeDiscs } from '../../charts/map/discs'
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

describe('the death reports', () => {
  const figures = ['syria-deaths-militia', 'syria-deaths-local', 'syria-deaths-sohr'].map(id => facts.figures.find(f => f.id === id)!)
  const r = layoutReports(figures, 270)
  it('labels each row with who gave the figure, and refuses a report with no one', () => {
    expect(r.rows.map(x => x.name)).toEqual(['a militia official', 'local and medical', 'Syrian Observatory'])
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
    expect(r.description).toBe('Deaths reported from the US strikes, none confirmed: '
      + '1 (a militia official), 17 (local and medical), 22 (Syrian Observatory).')
  })
})
