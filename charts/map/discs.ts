// Phase 3, the attacks' discs: each numbered disc on its place, nudged off a neighbour's pin only where places crowd.
// The numbers alone give the order: two cold reads took any line joining them for one attacker's route.
import type { Pt } from '../geometry'
import type { Site } from './model'
import { dist } from '../geometry'

/** The clearance between a disc and any other pin. */
export const DISC_CLEAR = 8

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
