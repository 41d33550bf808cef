// @vitest-environment node
import type { Relation } from '../../data'
import { describe, expect, it } from 'vitest'
import { networkLayers, rankRows, ROW_BEAM, ROW_STARTS } from '../../charts/network'
import { edgeText } from '../../charts/network/labels'
import { layoutGrid } from '../../charts/network/layers'
import { facts } from '../../data'

const frame = { width: 880, height: 400 }
const rowsOf = (ranked: Map<string, number>[]) => ranked.map(m => [...m])

describe('the network\'s row search (charts/network/rows.ts)', () => {
  it('keeps the exhaustive search\'s best arrangements for the current data, within its bound', () => {
    const grid = layoutGrid(facts.relations, frame, r => edgeText(r).w)
    expect(ROW_BEAM).toBeLessThan(972)
    expect(rowsOf(rankRows(grid, ROW_STARTS))).toEqual(rowsOf(rankRows(grid, ROW_STARTS, Infinity)))
  })

  it('stays cheap where trying every arrangement could not: 18 nodes in columns of six', () => {
    // Six sources, six middles, six ends: 720³ (about 3.7 × 10⁸) arrangements; the beam scores at most 18 × 64 × 6.
    const id = (p: string, i: number) => `${p}${i}`
    const relation = (from: string, to: string): Relation => ({ id: `${from}-${to}`, from, to, kind: 'backs', label: 'backs' }) as Relation
    const relations = Array.from({ length: 6 }, (_, i) => [
      relation(id('s', i), id('m', (i * 5) % 6)),
      relation(id('m', i), id('e', (i + 2) % 6)),
      relation(id('s', i), id('m', (i + 1) % 6)),
    ]).flat()
    const grid = layoutGrid(relations, frame, () => 60)
    expect([...new Set(networkLayers(grid.keys, relations).values())]).toEqual([0, 1, 2])
    const started = performance.now()
    const ranked = rankRows(grid, ROW_STARTS)
    expect(performance.now() - started).toBeLessThan(3000)
    expect(ranked).toHaveLength(ROW_STARTS)
    for (const rowOf of ranked) {
      for (const layer of [0, 1, 2]) {
        const rows = grid.keys.filter(k => grid.layers.get(k) === layer).map(k => rowOf.get(k))
        expect(new Set(rows).size, `column ${layer} on distinct rows`).toBe(6)
      }
    }
  })
})
