// Phase 3, routes: each relation a quadratic curve between its two nodes, bowed to clear every other node; how badly
// two lines get in each other's way; and the drawn line, cut back at both ends, with its arrowhead.
import type { Curve, Pt } from '../geometry'
import type { Frame, NetEdge, NetNode, Sketch } from './model'
import {
  arrowhead,
  bezier,
  bounds,
  curvePath,
  dist,
  lerp,
  overlaps,
  pointIn,
  samplePath,
  segmentsCross,
  subCurve,
  tAtDistance,
} from '../geometry'
import { BENDS, CLEAR, f, HEAD, MAX_BENDS, WEIGHT } from './model'

/** The curve between two node centres, bowed `bend` units to the right of the direction of travel (negative: to the left). */
export function curveBetween(from: NetNode, to: NetNode, bend: number): Curve {
  const a: Pt = [from.x, from.y]
  const b: Pt = [to.x, to.y]
  const len = dist(a, b) || 1
  const m = lerp(a, b, 0.5)
  return [a, [m[0] - ((b[1] - a[1]) / len) * 2 * bend, m[1] + ((b[0] - a[0]) / len) * 2 * bend], b]
}

/**
 * The bends that keep a relation clear of every node but its own two and inside the frame, straightest first, at most
 * MAX_BENDS of them. One of a pair of opposite relations (`reciprocal`) is never straight: the two would lie on each other.
 */
export function bendOptions(from: NetNode, to: NetNode, nodes: NetNode[], frame: Frame, { reciprocal = false } = {}): number[] {
  return BENDS.filter((bend) => {
    if (reciprocal && Math.abs(bend) < 30)
      return false
    const samples = samplePath(curveBetween(from, to, bend), 32)
    return !samples.some(p => p[0] < 6 || p[1] < 6 || p[0] > frame.width - 6 || p[1] > frame.height - 6)
      && !nodes.some(n => n !== from && n !== to && samples.some(p => pointIn(p, n.box, CLEAR)))
  }).slice(0, MAX_BENDS)
}

/** The points of a line away from its two nodes, where it can be mistaken for no other. */
export function away(k: Sketch) {
  return k.samples.filter(p => dist(p, [k.from.x, k.from.y]) > k.from.r + 26 && dist(p, [k.to.x, k.to.y]) > k.to.r + 26)
}

/**
 * The points of a line where it can clash with another: away from a node the two share, where lines must meet, but
 * right up to the mark of a node the other does not touch, where a crossing reads as a line through that actor.
 */
export function clearOf(k: Sketch, other: Sketch) {
  const reach = (n: NetNode) => n.r + (n === other.from || n === other.to ? 26 : 6)
  return k.samples.filter(p => dist(p, [k.from.x, k.from.y]) > reach(k.from) && dist(p, [k.to.x, k.to.y]) > reach(k.to))
}

/** How badly two lines get in each other's way where each is clear of the other (`clearOf`): running alongside, and crossing. */
export function lineClash(a: Pt[], b: Pt[]): number {
  if (!a.length || !b.length || !overlaps(bounds(a), bounds(b), 10))
    return 0
  let score = WEIGHT.lineAlongside * a.filter(p => b.some(q => (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 < 100)).length
  for (let u = 1; u < a.length; u++) {
    for (let v = 1; v < b.length; v++) {
      if (dist(a[u], a[u - 1]) < 40 && dist(b[v], b[v - 1]) < 40 && segmentsCross(a[u - 1], a[u], b[v - 1], b[v]))
        score += WEIGHT.lineCrossing
    }
  }
  return score
}

/** The drawn line: the curve from 4 units off its source's mark to the base of its arrowhead, whose tip stops 4 short of the target. */
export function drawnLine(full: Curve, from: NetNode, to: NetNode) {
  const [a, , b] = full
  const start = tAtDistance(full, a, from.r + 4, 0, 0.5)
  const end = tAtDistance(full, b, to.r + 4 + HEAD - 2, 0.5, 1)
  const curve = subCurve(full, start, end)
  const tip = bezier(full, tAtDistance(full, b, to.r + 4, 0.5, 1))
  const back = bezier(full, tAtDistance(full, b, to.r + 4 + HEAD, 0.5, 1))
  return { curve, d: curvePath(curve, f), head: arrowhead(tip, back, HEAD, 6.5, f).d }
}

/** Points along the drawn line of an edge, up to its arrowhead: what the tests check against the nodes and labels. */
export function edgePoints(edge: NetEdge, n = 48): Pt[] {
  return samplePath(edge.curve, n)
}
