// @vitest-environment node
import type { Grid } from '../../charts/network/layers'
import type { Relation } from '../../data'
import { describe, expect, it } from 'vitest'
import { pointSegment, segmentsCross } from '../../charts/geometry'
import { networkLayers, rankRows, ROW_BEAM, ROW_STARTS } from '../../charts/network'
import { edgeText } from '../../charts/network/labels'
import { layoutGrid } from '../../charts/network/layers'
import { R } from '../../charts/network/model'
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

  describe('on small networks whose best rows a reader can see', () => {
    const relation = (from: string, to: string): Relation => ({ id: `${from}-${to}`, from, to, kind: 'backs', label: 'backs' }) as Relation
    const best = (relations: Relation[], count = 1) => {
      const grid = layoutGrid(relations, frame, () => 60)
      expect(grid.rows).toBe(4)
      return rankRows(grid, count).map(m => Object.fromEntries([...m].map(([k, r]) => [k.replace('actor:', ''), r])))
    }

    it('keeps a lone relation level, in the middle rows', () => {
      const [rows] = best([relation('a', 'b')])
      expect(rows.a).toBe(rows.b)
      expect([1, 2]).toContain(rows.a)
    })

    it('never crosses two relations that can run side by side, in any of its five best', () => {
      for (const rows of best([relation('a', 'c'), relation('b', 'd')], 5))
        expect(Math.sign(rows.a - rows.b), JSON.stringify(rows)).toBe(Math.sign(rows.c - rows.d))
    })

    it('puts an actor with three partners in a middle row, its partners around it', () => {
      const [rows] = best([relation('h', 'x'), relation('h', 'y'), relation('h', 'z')])
      expect([1, 2]).toContain(rows.h)
      const partners = [rows.x, rows.y, rows.z].sort()
      expect(partners.every(r => Math.abs(r - rows.h) <= 1), JSON.stringify(rows)).toBe(true)
    })

    it('ranks the arrangements best first', () => {
      const ranked = best([relation('a', 'c'), relation('b', 'd')], 8)
      const offMiddle = (rows: Record<string, number>) => Object.values(rows).reduce((s, r) => s + Math.abs(r - 1.5), 0)
      const spread = ranked.map(offMiddle)
      expect(spread[0], 'the first as central as any').toBe(Math.min(...spread))
      expect(ranked.at(-1)!.a === ranked.at(-1)!.c && ranked.at(-1)!.b === ranked.at(-1)!.d, 'the eighth still level').toBe(true)
    })
  })
  describe('on lattices drawn by hand, where one rule alone decides', () => {
    // Columns 300 apart, rows 150 apart: far enough that only a line drawn across a node comes within its reach.
    const lattice = (columns: string[][], pairs: [string, string][], rows: number): Grid => ({
      keys: [...new Set(pairs.flat())],
      pairs,
      layers: new Map(columns.flatMap((c, l) => c.map(k => [k, l] as const))),
      rows,
      pos: (l, r) => [l * 300, r * 150],
    })
    const lines = (g: Grid, rowOf: Map<string, number>) => g.pairs.map(([a, b]) =>
      [a, b, g.pos(g.layers.get(a)!, rowOf.get(a)!), g.pos(g.layers.get(b)!, rowOf.get(b)!)] as const)
    const crossings = (g: Grid, rowOf: Map<string, number>) => lines(g, rowOf).flatMap(([a, b, p, q], i) =>
      lines(g, rowOf).slice(i + 1).filter(([, , s, t]) => segmentsCross(p, q, s, t)).map(([c, d]) => `${a}${b} × ${c}${d}`))
    const across = (g: Grid, rowOf: Map<string, number>) => lines(g, rowOf).flatMap(([a, b, p, q]) => g.keys
      .filter(k => k !== a && k !== b && pointSegment(g.pos(g.layers.get(k)!, rowOf.get(k)!), p, q) < R.actor + 24)
      .map(k => `${a}${b} across ${k}`))
    const rowsOf = (rowOf: Map<string, number>) => Object.fromEntries(rowOf)

    it('climbs a row rather than draw a relation across an actor it does not touch', () => {
      // A, B and C in three columns, A and B both tied to C: all on one row, A's line to C runs through B.
      const g = lattice([['A'], ['B'], ['C']], [['A', 'C'], ['B', 'C']], 2)
      const [best] = rankRows(g, 1)
      expect(across(g, best), JSON.stringify(rowsOf(best))).toEqual([])
      expect(best.get('A') === best.get('C') || best.get('B') === best.get('C'), 'one of the two lines still level').toBe(true)
    })

    it('takes a steeper line over a crossing, where both cost the same climb', () => {
      // A speaks to B in the next column and to C beyond it, D to B and E: with B and E level with A and D, A's line to
      // C crosses D's to B; the search finds an arrangement as level that crosses nothing.
      const g = lattice([['A', 'D'], ['B', 'E'], ['C']], [['A', 'B'], ['A', 'C'], ['D', 'B'], ['D', 'E']], 3)
      for (const rowOf of rankRows(g, 2))
        expect(crossings(g, rowOf), JSON.stringify(rowsOf(rowOf))).toEqual([])
    })

    it('keeps a line clear of a crossing two columns on', () => {
      // A–E closes in the middle column, D–C only in the last: with C level with A, D's line to it crosses A's to E.
      const g = lattice([['A', 'D'], ['B', 'E'], ['C']], [['A', 'B'], ['A', 'E'], ['A', 'C'], ['D', 'C']], 2)
      for (const rowOf of rankRows(g, 1))
        expect(crossings(g, rowOf), JSON.stringify(rowsOf(rowOf))).toEqual([])
    })
  })
})
