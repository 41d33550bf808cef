// Phase 4, labels: each node's name and each relation's words where they overlap no node, no other label and no line,
// and the figure's score. The places a label may go are measured once per arrangement (`labelBoard`); the search then
// places and scores a figure for each set of bends it tries (`scoreFigure`).
import type { Event, Relation } from '../../data'
import type { Box, Pt } from '../geometry'
import type { Frame, NetNode, Sketch } from './model'
import { bezier, bounds, distanceTo, overlaps, pointIn, tangentAt, within } from '../geometry'
import { textWidth, wrap } from '../labels'
import { formatDate } from '../timeline'
import { CLAIM_WIDTH, KEY_WORDS, LINE, NAME_CLEARANCE, NETWORK_FONT, WEIGHT, WORDS_CLEARANCE } from './model'
import { away } from './routes'

/**
 * "Erbil": the attack's place without "airport" or "air base"; its numbered pin says it is an attack, and which, as on
 * the timeline and the map, where its date is. A longer name crowded the relations' words beside it.
 */
export function eventName(event: Event): string {
  return event.kind === 'attack' ? event.title.replace(/\s+(?:airport|air base|base)$/i, '') : `${event.title}, ${formatDate(event.date)}`
}

/** An edge's words: the label, the claim in brackets beneath it, and the "after the article" badge; and their size. */
export function edgeText(relation: Relation) {
  const claim = relation.claim ? wrap(`(${relation.claim})`, CLAIM_WIDTH, NETWORK_FONT.claim) : []
  const badgeText = relation.afterArticle ? '→ after the article' : undefined
  const badgeW = badgeText ? textWidth(badgeText, NETWORK_FONT.badge) + 14 : 0
  const label = textWidth(relation.label, NETWORK_FONT.edge, { bold: true })
  const w = Math.max(label, ...claim.map(c => textWidth(c, NETWORK_FONT.claim)), badgeW)
  const h = LINE.edge + claim.length * LINE.claim + (badgeText ? LINE.badge : 0)
  return { claim, badgeText, badgeW, w, h }
}

interface NodeSpot { box: Box, halo: Box, anchor: NetNode['label']['anchor'], clearOfNodes: boolean }
interface EdgeSpot { box: Box, own: number, along: number, side: number, gap: number }

function memo<K extends object, V>(make: (k: K) => V) {
  const seen = new WeakMap<K, V>()
  return (k: K) => {
    if (!seen.has(k))
      seen.set(k, make(k))
    return seen.get(k)!
  }
}
function pair<K extends object, V>(make: (a: K, s: Sketch) => V) {
  const seen = new WeakMap<K, Map<Sketch, V>>()
  return (a: K, s: Sketch): V => {
    let row = seen.get(a)
    if (!row)
      seen.set(a, row = new Map())
    if (!row.has(s))
      row.set(s, make(a, s))
    return row.get(s)!
  }
}

/** How far beyond its box a node's name keeps from every line. */
const NAME_HALO = 5

/** Node labels: below, above, beside or on a diagonal, in that order of preference. */
function nodeSpots(nodes: NetNode[], frameBox: Box) {
  return new Map(nodes.map((n): [string, NodeSpot[]] => {
    const w = textWidth(n.name, NETWORK_FONT.node, { bold: true })
    const h = NETWORK_FONT.node + 4
    const half = n.box.w / 2
    return [n.key, ([[0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1]] as Pt[]).map(([dx, dy]) => {
      const cx = n.x + dx * (half + 4)
      const cy = n.y + dy * (half + 2)
      const box = { x: dx > 0 ? cx : dx < 0 ? cx - w : cx - w / 2, y: dy > 0 ? cy : dy < 0 ? cy - h : cy - h / 2, w, h }
      return {
        box,
        // A name keeps a little further from lines than its box: an arrowhead's tip at its corner reads as pointing at it.
        halo: { x: box.x - NAME_HALO, y: box.y - NAME_HALO, w: box.w + 2 * NAME_HALO, h: box.h + 2 * NAME_HALO },
        anchor: dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle',
        clearOfNodes: within(box, frameBox, 2) && !nodes.some(o => o !== n && overlaps(o.box, box, 4)),
      }
    })]
  }))
}

/**
 * What stays the same while the search changes bends, for one arrangement of the nodes: the places a label may go and
 * what each place is clear of. Which lines a place touches is remembered per line drawn (a sketch is made once per
 * relation and bend), so the search's few hundred figures share one measurement of each.
 */
export function labelBoard(nodes: NetNode[], frame: Frame) {
  const { width, height } = frame
  const frameBox = { x: 0, y: 0, w: width, h: height }
  const lineBox = memo((s: Sketch) => bounds(s.samples))
  const awayOf = memo(away)
  // Edge labels: beside the line near its middle, outside its bow first; only places inside the frame, clear of every
  // node and of the line itself.
  const edgeSpots = memo(({ relation, full, bend, samples }: Sketch): EdgeSpot[] => {
    const { w, h } = edgeText(relation)
    const sides = bend > 0 ? [1, -1] : [-1, 1]
    const spots: EdgeSpot[] = []
    for (const t of [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8]) {
      const p = bezier(full, t)
      const [dx, dy] = tangentAt(full, t)
      const tl = Math.hypot(dx, dy) || 1
      for (const [si, side] of sides.entries()) {
        for (const [gi, gap] of [6, 18, 32].entries()) {
          const nx = (-dy / tl) * side
          const ny = (dx / tl) * side
          const off = gap + Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2
          const box = { x: p[0] + nx * off - w / 2, y: p[1] + ny * off - h / 2, w, h }
          if (!within(box, frameBox, 2) || nodes.some(n => overlaps(n.box, box, 4)) || samples.some(q => pointIn(q, box, 2)))
            continue
          let own = Infinity
          for (const q of samples) own = Math.min(own, distanceTo(box, q[0], q[1]))
          spots.push({ box, own, along: WEIGHT.labelAlong * Math.abs(t - 0.5), side: WEIGHT.labelInside * si, gap: WEIGHT.labelGap * gi })
        }
      }
    }
    return spots
  })
  // How many points of a line fall in a box (a label there would sit on the line).
  const hits = pair((b: Box, s) => overlaps(lineBox(s), b, 3) ? s.samples.filter(p => pointIn(p, b, 2)).length : 0)
  // Whether a line, away from its nodes, comes nearer a label than the label's own line: it would name the wrong relation.
  const nearer = pair(({ box, own }: EdgeSpot, s) =>
    overlaps(lineBox(s), box, own + 6) && awayOf(s).some(q => distanceTo(box, q[0], q[1]) < own + 6))
  const keyW = 44 + Math.max(...Object.values(KEY_WORDS).map(k => textWidth(k, NETWORK_FONT.key)))
  const keyH = 40
  const keySpots = ([[4, height - keyH - 4], [width - keyW - 4, height - keyH - 4], [4, 4], [width - keyW - 4, 4]] as Pt[])
    .map(([x, y]) => ({ x, y, w: keyW, h: keyH }))
  return { nodeSpots: nodeSpots(nodes, frameBox), edgeSpots, hits, nearer, keySpots, away: awayOf }
}
export type Board = ReturnType<typeof labelBoard>

/**
 * Draws the edges with the given bends, places every label, and scores the result: lower is cleaner. Every term of the
 * score is positive, so once it reaches `limit` the figure cannot beat the one it is measured against: it stops there,
 * with no labels, and the search makes the same choices in a fraction of the time.
 */
export function scoreFigure(nodes: NetNode[], sketches: Sketch[], spots: Board, clash: (i: number, j: number) => number, limit = Infinity) {
  let score = 0
  // Lines: no crossing, no running alongside another line away from the nodes they share.
  sketches.forEach((s, i) => {
    score += Math.abs(s.bend) * WEIGHT.bend
    for (let j = i + 1; j < sketches.length; j++) score += clash(i, j)
  })
  if (score >= limit)
    return undefined
  const crossings = (b: Box, skip?: number) => sketches.reduce((n, s, i) => n + (i === skip ? 0 : spots.hits(b, s)), 0)

  // Node labels: the first place clear of nodes, labels and lines; else the one that touches fewest lines.
  const taken: Box[] = []
  const nodeLabels = new Map<string, NetNode['label']>()
  for (const n of nodes) {
    const candidates = spots.nodeSpots.get(n.key)!
    const fits = (c: NodeSpot) => c.clearOfNodes && !taken.some(t => overlaps(t, c.box, 4))
    const clear = candidates.find(c => fits(c) && crossings(c.halo) === 0)
    const pick = clear ?? candidates.filter(fits).sort((p, q) => crossings(p.halo) - crossings(q.halo))[0]
    score += pick ? WEIGHT.labelOnLine * crossings(pick.halo) : WEIGHT.noPlace
    if (score >= limit)
      return undefined
    const { box, anchor } = pick ?? candidates[0]
    taken.push(box)
    nodeLabels.set(n.key, {
      text: n.name,
      box,
      x: anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.w : box.x + box.w / 2,
      y: box.y + box.h * 0.76,
      anchor,
    })
  }

  // Edge labels: the cleanest place clear of labels, touching fewest other lines, nearest the middle of its own.
  const labels: Box[] = []
  for (const sketch of sketches) {
    const { relation, index, full } = sketch
    let best: { box: Box, score: number } | undefined
    for (const spot of spots.edgeSpots(sketch)) {
      const { box } = spot
      if (nodes.some(n => overlaps(nodeLabels.get(n.key)!.box, box, NAME_CLEARANCE)) || labels.some(o => overlaps(o, box, WORDS_CLEARANCE)))
        continue
      const base = WEIGHT.labelOnLine * crossings(box, index) + spot.along + spot.side + spot.gap
      if (best && base >= best.score)
        continue
      const s = base + (sketches.some((o, i) => i !== index && spots.nearer(spot, o)) ? WEIGHT.labelNearerOther : 0)
      if (!best || s < best.score)
        best = { box, score: s }
    }
    score += best ? best.score : WEIGHT.noPlace
    if (score >= limit)
      return undefined
    const { w, h } = edgeText(relation)
    const box = best?.box ?? { x: (full[0][0] + full[2][0]) / 2 - w / 2, y: (full[0][1] + full[2][1]) / 2 - h / 2, w, h }
    taken.push(box)
    labels.push(box)
  }

  // The key to the two line styles, in the first corner where it overlaps nothing.
  const keyBox = spots.keySpots
    .find(b => !nodes.some(n => overlaps(n.box, b, 4)) && !taken.some(t => overlaps(t, b, NAME_CLEARANCE)) && crossings(b) === 0)
  score += keyBox ? 0 : WEIGHT.noKey
  return score < limit ? { score, nodeLabels, labels, keyBox } : undefined
}
export type Scored = NonNullable<ReturnType<typeof scoreFigure>>
