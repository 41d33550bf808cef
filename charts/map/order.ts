// Phase 3, the attacks' order: each attack's numbered disc on its place, nudged off a neighbour's pin where places
// crowd (Balad, Tarmiyah and the Green Zone lie within 70 km), and a thin dotted line from each attack to the next,
// bowed aside and with no arrowhead: the numbers give the order, and nothing suggests one attacker on a route.
import type { Curve, Pt } from '../geometry'
import type { OrderLine, Site } from './model'
import { curvePath, dist, samplePath, subCurve, tAtDistance } from '../geometry'

/** The clearance between a disc and any other pin. */
export const DISC_CLEAR = 8
/** How far a line bows aside, as a share of its length: enough to read as a sequence, not as a path flown. */
const BOW = 0.28

/**
 * Moves each attack's disc straight away from the nearest other pin until it clears every pin and every disc already
 * placed. A disc moved by more than its own radius would no longer sit on its place; layoutSites' data never asks that,
 * and a test holds it.
 */
export function placeDiscs(sites: Site[]): void {
  const placed: Site[] = []
  for (const s of sites.filter(x => x.kind === 'attack')) {
    const others = sites.filter(o => o !== s)
    const nearest = others.reduce((m, o) => (dist([o.x, o.y], [s.x, s.y]) < dist([m.x, m.y], [s.x, s.y]) ? o : m))
    const away = dist([nearest.x, nearest.y], [s.x, s.y]) || 1
    const u: Pt = [(s.x - nearest.x) / away, (s.y - nearest.y) / away]
    const clashes = (p: Pt) => others.some(o => dist(p, [o.x, o.y]) < s.r + o.r + DISC_CLEAR)
      || placed.some(o => dist(p, [o.disc!.x, o.disc!.y]) < s.r + o.r + DISC_CLEAR)
    let shift = 0
    while (clashes([s.x + u[0] * shift, s.y + u[1] * shift]) && shift < 4 * s.r)
      shift += 1
    s.disc = { x: s.x + u[0] * shift, y: s.y + u[1] * shift }
    placed.push(s)
  }
}

/** The line from one attack's disc to the next one's, bowed to the east. */
export function orderLines(sites: Site[]): OrderLine[] {
  const attacks = sites.filter(s => s.number !== undefined).sort((a, b) => a.number! - b.number!)
  return attacks.slice(1).map((b, i) => {
    const a = attacks[i]
    const p0: Pt = [a.disc!.x, a.disc!.y]
    const p2: Pt = [b.disc!.x, b.disc!.y]
    const len = dist(p0, p2)
    // Bow east, toward Iran's border: the labels of the crowded Baghdad pins get the open desert to the west.
    const east = p2[1] - p0[1] >= 0 ? 1 : -1
    const normal: Pt = [east * (p2[1] - p0[1]) / len, east * -(p2[0] - p0[0]) / len]
    const bow = Math.max(BOW * len, a.r + b.r)
    const mid: Pt = [(p0[0] + p2[0]) / 2 + normal[0] * bow, (p0[1] + p2[1]) / 2 + normal[1] * bow]
    const full: Curve = [p0, mid, p2]
    const t0 = tAtDistance(full, p0, a.r + 3, 0, 0.5)
    const t1 = tAtDistance(full, p2, b.r + 3, 1, 0.5)
    const curve = subCurve(full, t0, t1)
    return { from: a.number!, to: b.number!, d: curvePath(curve), points: samplePath(curve, 24) }
  })
}
