// Phase 5, the search: for each of the best ROW_STARTS row arrangements (rows.ts), every relation starts at its
// straightest clear bend, then one bend changes at a time while that makes the whole figure cleaner (fewer crossings,
// labels nearer their lines). The bend search is bounded too: at most BEND_PASSES passes over its moves, each move
// one relation's bend (at most MAX_BENDS of them) or both of a pair of opposite relations, bowed to opposite sides together.
import type { Facts } from '../../data'
import type { Scored } from './labels'
import type { Grid } from './layers'
import type { Frame, Sketch } from './model'
import { samplePath } from '../geometry'
import { labelBoard, scoreFigure } from './labels'
import { placeNodes } from './layers'
import { BEND_PASSES, keyOf, ROW_STARTS } from './model'
import { bendOptions, clearOf, curveBetween, lineClash } from './routes'
import { rankRows } from './rows'

export type Arrangement = ReturnType<typeof arrange>

/** One arrangement of the nodes on the rows: its nodes, each relation's clear bends, and the figure for given bends. */
export function arrange(facts: Facts, grid: Grid, rowOf: Map<string, number>, frame: Frame, attackIds: string[]) {
  const relations = facts.relations
  const { pairs } = grid
  const nodes = placeNodes(facts, grid, rowOf, attackIds)
  const nodeOf = new Map(nodes.map(n => [n.key, n]))
  const ends = relations.map(r => [nodeOf.get(keyOf(r, 'from'))!, nodeOf.get(keyOf(r, 'to'))!] as const)
  // Only a search needs every relation's clear bends.
  const options = () => relations.map((r, i) => {
    const reciprocal = pairs.some(([a, b]) => a === pairs[i][1] && b === pairs[i][0])
    const o = bendOptions(ends[i][0], ends[i][1], nodes, frame, { reciprocal })
    return o.length ? o : [0]
  })
  const spots = labelBoard(nodes, frame)
  const drawn = new Map<string, Sketch>()
  const sketch = (bends: number[]): Sketch[] => relations.map((relation, index) => {
    const id = `${index}:${bends[index]}`
    if (!drawn.has(id)) {
      const [from, to] = ends[index]
      const full = curveBetween(from, to, bends[index])
      drawn.set(id, { relation, index, from, to, bend: bends[index], full, samples: samplePath(full, 32) })
    }
    return drawn.get(id)!
  })
  const clashes = new Map<string, number>()
  const clashOf = (bends: number[], sketches: Sketch[]) => (i: number, j: number) => {
    const id = `${i}:${bends[i]}|${j}:${bends[j]}`
    if (!clashes.has(id))
      clashes.set(id, lineClash(clearOf(sketches[i], sketches[j]), clearOf(sketches[j], sketches[i])))
    return clashes.get(id)!
  }
  const evaluate = (bends: number[], limit?: number) => {
    const sketches = sketch(bends)
    return scoreFigure(nodes, sketches, spots, clashOf(bends, sketches), limit)
  }
  return { rowOf, nodes, options, sketch, evaluate }
}

/** A change of bends the search may try: relation index to its new bend. */
export type Move = Map<number, number>

/**
 * The moves of a bend search: each relation to each of its clear bends, and each pair of opposite relations (A to B,
 * B to A) to two bends of one sign together. Drawn in opposite directions, one sign bows them to opposite sides: moved
 * one at a time, each would first have to lie on the other's side.
 */
export function bendMoves(pairs: [string, string][], options: number[][]): Move[] {
  const opposite: [number, number][] = []
  pairs.forEach(([a, b], i) => pairs.forEach(([c, d], j) => j > i && c === b && d === a && opposite.push([i, j])))
  const together = (i: number, j: number) => options[i].flatMap(bi =>
    options[j].filter(bj => Math.sign(bi) === Math.sign(bj)).map(bj => new Map([[i, bi], [j, bj]])))
  return [
    ...options.flatMap((o, i) => o.map(bend => new Map([[i, bend]]))),
    ...opposite.flatMap(([i, j]) => together(i, j)),
  ]
}

/**
 * Hill-climbs from `start`: each move in turn is kept when it makes the figure strictly cleaner, pass after pass, until
 * a pass keeps none or `passes` have run. `evaluate` scores bends, or says nothing when they score no better than `limit`.
 */
export function climb(
  start: number[],
  moves: Move[],
  evaluate: (bends: number[], limit?: number) => Scored | undefined,
  passes = BEND_PASSES,
): { bends: number[], score: number } {
  let bends = start
  let current: Scored = evaluate(bends)!
  for (let pass = 0, changed = true; pass < passes && changed; pass++) {
    changed = false
    for (const move of moves) {
      // The bends as they are: scored again, they would be no cleaner.
      if ([...move].every(([i, bend]) => bends[i] === bend))
        continue
      const trial = bends.map((b, j) => move.get(j) ?? b)
      const built = evaluate(trial, current.score - 1e-9)
      if (built) {
        bends = trial
        current = built
        changed = true
      }
    }
  }
  return { bends, score: current.score }
}

/** The bends of one arrangement, improved one move at a time from the straightest, and the figure's score with them. */
function searchBends(arrangement: Arrangement, pairs: [string, string][]): { bends: number[], score: number } {
  const options = arrangement.options()
  return climb(options.map(o => o[0]), bendMoves(pairs, options), arrangement.evaluate)
}

/** The cleanest figure the bounded search finds: its arrangement of the nodes and each relation's bend. */
export function searchLayout(facts: Facts, grid: Grid, frame: Frame, attackIds: string[]): { arrangement: Arrangement, bends: number[] } {
  let best: { score: number, arrangement: Arrangement, bends: number[] } | undefined
  for (const rowOf of rankRows(grid, ROW_STARTS)) {
    const arrangement = arrange(facts, grid, rowOf, frame, attackIds)
    const { bends, score } = searchBends(arrangement, grid.pairs)
    if (!best || score < best.score - 1e-9)
      best = { score, arrangement, bends }
  }
  return best!
}
