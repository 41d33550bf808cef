// Phase 2, rows: which row each node of a column takes. Arrangements are scored on straight lines between node centres
// (relations crossing, relations running past a third node, steep lines, busy nodes away from the middle).
//
// The search is a beam, bounded so its cost cannot explode as the data grows: nodes are placed one at a time, column by
// column, each on every free row of its column; after each node only the ROW_BEAM best partial arrangements are kept
// (by the score of the terms whose nodes are all placed, ties to the earlier in enumeration order). A search therefore
// scores at most nodes × ROW_BEAM × rows candidates, where trying every arrangement grows as the product of each
// column's rows!/(rows − size)!. A partial score only grows as nodes are added, so the arrangements a beam drops are
// those already behind; with no bound (`beam` = Infinity) it ranks every arrangement exactly as an exhaustive search
// does, ties included, and tests/unit/rowSearch.test.ts checks that the bounded search keeps the current layout.
import type { Pt } from '../geometry'
import type { Grid } from './layers'
import { pointSegment, segmentsCross } from '../geometry'
import { R, ROW_BEAM, WEIGHT } from './model'

interface Placed { score: number, row: number[] }

/** Row arrangements in placement order, compared as tuples: the order an exhaustive search would meet them in. */
function earlier(a: number[], b: number[], order: number[]): number {
  for (const k of order) {
    if (a[k] !== b[k])
      return a[k] - b[k]
  }
  return 0
}

/**
 * The best `count` arrangements of each column's nodes on the rows, best first, as each node's row. Ties keep the order
 * an exhaustive search finds them in, so the layout is the same on every run. `beam` bounds the search (see above).
 */
export function rankRows(grid: Grid, count: number, beam = ROW_BEAM): Map<string, number>[] {
  const { keys, pairs, layers, rows, pos } = grid
  const columns = Array.from({ length: Math.max(...layers.values()) + 1 }, (_, l) => keys.filter(k => layers.get(k) === l))
  // Many candidates are scored: nodes by number, and each node's point on every row worked out once.
  const index = new Map(keys.map((k, i) => [k, i]))
  const ends = pairs.map(([a, b]) => [index.get(a)!, index.get(b)!])
  const points: Pt[][] = keys.map(k => Array.from({ length: rows }, (_, r) => pos(layers.get(k)!, r)))
  const degree = keys.map(k => pairs.filter(p => p.includes(k)).length)
  const mid = (rows - 1) / 2
  const order = columns.flat().map(k => index.get(k)!)
  const step = new Map(order.map((k, t) => [k, t]))
  /** the relations whose later end is the node placed at each step */
  const closing = order.map((_, t) => ends.filter(e => Math.max(step.get(e[0])!, step.get(e[1])!) === t))
  const placedBy = order.map((_, t) => order.slice(0, t + 1))
  const closedBefore = order.map((_, t) => closing.slice(0, t).flat())

  /** What placing node `k` (step t) on its row adds: every term whose nodes are all placed once it is. */
  const added = (row: number[], t: number) => {
    const k = order[t]
    const at = (n: number) => points[n][row[n]]
    const near = (n: number, [a, b]: number[]) => n !== a && n !== b && pointSegment(at(n), at(a), at(b)) < R.actor + 24
    // Two lines that share a node meet there and do not cross: segmentsCross counts only a crossing between ends.
    const cross = ([a, b]: number[], [c, d]: number[]) => segmentsCross(at(a), at(b), at(c), at(d))
    let s = degree[k] * WEIGHT.rowOffMiddle * Math.abs(row[k] - mid)
    for (const e of closedBefore[t]) s += near(k, e) ? WEIGHT.rowNearNode : 0
    // The lines closed by node k all end at k, so none of them crosses another: each is checked against the earlier ones.
    for (const e of closing[t]) {
      s += WEIGHT.rowStep * Math.abs(row[e[0]] - row[e[1]])
      for (const n of placedBy[t]) s += near(n, e) ? WEIGHT.rowNearNode : 0
      for (const o of closedBefore[t]) s += cross(e, o) ? WEIGHT.rowCrossing : 0
    }
    return s
  }

  let frontier: Placed[] = [{ score: 0, row: Array.from<number>({ length: keys.length }).fill(-1) }]
  order.forEach((k, t) => {
    const column = columns[layers.get(keys[k])!].map(key => index.get(key)!)
    const next: Placed[] = []
    for (const p of frontier) {
      // An unplaced node's row is -1, which no row is.
      const used = new Set(column.map(n => p.row[n]))
      for (let r = 0; r < rows; r++) {
        if (used.has(r))
          continue
        const row = [...p.row]
        row[k] = r
        next.push({ score: p.score + added(row, t), row })
      }
    }
    frontier = next.sort((a, b) => a.score - b.score || earlier(a.row, b.row, order)).slice(0, beam)
  })
  return frontier.slice(0, count).map(b => new Map(keys.map((k, i) => [k, b.row[i]])))
}
