// Who acts on whom, laid out without the DOM or geography: the actors of the relations (and the one attack that two
// statements are about) as nodes in columns computed from the relations, each relation a curve that clears every
// other node, and every label placed where it overlaps no node, no other label and no line.
import type { Actor, Event, Facts, Relation } from '../data'
import type { Box } from './labels'
import { distanceTo, overlaps, pointIn, textWidth, wrap } from './labels'
import storedChoice from './networkChoice.json' with { type: 'json' }
import { formatDate, timelineEvents } from './timeline'

/** The figure's size in SVG units: under a slide headline, drawn 1:1 on the 980-wide slide. */
export const NETWORK_SIZE = { width: 880, height: 400 }
/** Font sizes in SVG units: nothing under 14. */
export const NETWORK_FONT = { node: 16, number: 16, edge: 15, claim: 14, badge: 14, key: 14 }

/** Two line styles only: solid for force, dashed for words and backing. */
export type LineStyle = 'solid' | 'dashed'
export const LINE_DASH: Record<LineStyle, string> = { solid: '', dashed: '9 6' }
export const lineStyle = (kind: Relation['kind']): LineStyle => (kind === 'attacks' ? 'solid' : 'dashed')
export const KEY_WORDS: Record<LineStyle, string> = { solid: 'force', dashed: 'words and backing' }

export type Pt = [number, number]
export interface TextLine { text: string, x: number, y: number, size: number, role: 'label' | 'claim' }
export interface NetNode {
  /** `actor:us` or `event:erbil`: actors and events never share a key */
  key: string
  id: string
  actor?: Actor
  event?: Event
  /** the attack's number on the timeline and the map (①) */
  number?: number
  name: string
  x: number
  y: number
  r: number
  layer: number
  row: number
  box: Box
  /** `halo`: a white halo behind the words, only where a line runs under them (haloed text prints as outlines) */
  label: { text: string, box: Box, x: number, y: number, anchor: 'start' | 'middle' | 'end', halo?: boolean }
}
export interface NetEdge {
  id: string
  index: number
  relation: Relation
  from: NetNode
  to: NetNode
  style: LineStyle
  colour: string
  /** the drawn line: a quadratic curve from the edge of one node to the base of the arrowhead */
  curve: [Pt, Pt, Pt]
  d: string
  head: string
  /** how far the curve bows out from the straight line, in SVG units (0 = straight) */
  bend: number
  label: { box: Box, lines: TextLine[], badge?: { box: Box, text: string, x: number, y: number }, halo?: boolean }
}
export interface NetworkKey { box: Box, rows: { style: LineStyle, words: string, y: number }[] }
export interface NetworkLayout {
  width: number
  height: number
  nodes: NetNode[]
  edges: NetEdge[]
  key?: NetworkKey
}

const R = { actor: 22, event: 15 }
const LINE = { edge: 18, claim: 17, badge: 24 }
const CLAIM_WIDTH = 215
const HEAD = 13
const CLEAR = 12
const f = (n: number) => Number(n.toFixed(1))

const lerp = (a: Pt, b: Pt, t: number): Pt => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
const dist = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1])
export function bezier([p0, p1, p2]: [Pt, Pt, Pt], t: number): Pt {
  return lerp(lerp(p0, p1, t), lerp(p1, p2, t), t)
}
/** The direction of a quadratic curve at t (its derivative, halved). */
function tangentAt([p0, p1, p2]: [Pt, Pt, Pt], t: number): Pt {
  return [(1 - t) * (p1[0] - p0[0]) + t * (p2[0] - p1[0]), (1 - t) * (p1[1] - p0[1]) + t * (p2[1] - p1[1])]
}
/** The part of a quadratic curve between t = a and t = b, as a quadratic curve. */
function subCurve([p0, p1, p2]: [Pt, Pt, Pt], a: number, b: number): [Pt, Pt, Pt] {
  const blossom = (u: number, v: number): Pt => {
    const w0 = (1 - u) * (1 - v)
    const w1 = u * (1 - v) + (1 - u) * v
    const w2 = u * v
    return [w0 * p0[0] + w1 * p1[0] + w2 * p2[0], w0 * p0[1] + w1 * p1[1] + w2 * p2[1]]
  }
  return [blossom(a, a), blossom(a, b), blossom(b, b)]
}
/** Points along a quadratic curve, both ends included. */
export function samplePath(curve: [Pt, Pt, Pt], n = 48): Pt[] {
  return Array.from({ length: n + 1 }, (_, i) => bezier(curve, i / n))
}
/** The t on [lo, hi] where the curve is `d` from point c, the curve moving away from c (lo near) or toward it (lo far). */
function tAtDistance(curve: [Pt, Pt, Pt], c: Pt, d: number, lo: number, hi: number): number {
  const inside = (t: number) => dist(bezier(curve, t), c) < d
  let [a, b] = [lo, hi]
  for (let i = 0; i < 40; i++) {
    const m = (a + b) / 2
    if (inside(m) === inside(a))
      a = m
    else
      b = m
  }
  return (a + b) / 2
}
const inFrame = (b: Box, w: number, h: number, pad = 0) => b.x >= pad && b.y >= pad && b.x + b.w <= w - pad && b.y + b.h <= h - pad
function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt) {
  const o = (p: Pt, q: Pt, r: Pt) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]))
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0
}
function pointSegment(p: Pt, a: Pt, b: Pt) {
  const l2 = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2
  const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / l2)) : 0
  return dist(p, lerp(a, b, t))
}

/** "Erbil attack, 15 Feb": the attack's place without "airport" or "air base", and its day. */
export function eventName(event: Event): string {
  const where = event.title.replace(/\s+(?:airport|air base|base)$/i, '')
  return event.kind === 'attack' ? `${where} attack, ${formatDate(event.date)}` : `${event.title}, ${formatDate(event.date)}`
}

/** An edge's words: the label, the claim in brackets beneath it, and the "after the article" badge; and their size. */
const texts = new WeakMap<Relation, ReturnType<typeof measureText>>()
function edgeText(relation: Relation) {
  if (!texts.has(relation))
    texts.set(relation, measureText(relation))
  return texts.get(relation)!
}
function measureText(relation: Relation) {
  const claim = relation.claim ? wrap(`(${relation.claim})`, CLAIM_WIDTH, NETWORK_FONT.claim) : []
  const badgeText = relation.afterArticle ? 'after the article' : undefined
  const badgeW = badgeText ? textWidth(badgeText, NETWORK_FONT.badge) + 14 : 0
  const w = Math.max(textWidth(relation.label, NETWORK_FONT.edge, true), ...claim.map(c => textWidth(c, NETWORK_FONT.claim)), badgeW)
  const h = LINE.edge + claim.length * LINE.claim + (badgeText ? LINE.badge : 0)
  return { claim, badgeText, badgeW, w, h }
}

function keyOf(r: Relation, end: 'from' | 'to') {
  return end === 'from' ? `actor:${r.from}` : r.event ? `event:${r.event}` : `actor:${r.to}`
}

/**
 * Columns from the relations, Sugiyama-style: relations taken in data order, a relation that would close a cycle is left
 * out of the ordering (here: the US holding Iran responsible, the US striking back); each node then sits one column right of
 * the farthest node that acts on it, and a node nobody acts on sits just left of its nearest target.
 */
export function networkLayers(keys: string[], relations: Relation[]): Map<string, number> {
  const out = new Map<string, string[]>(keys.map(k => [k, []]))
  const reaches = (a: string, b: string, seen = new Set<string>()): boolean =>
    a === b || (!seen.has(a) && (seen.add(a), out.get(a)!.some(n => reaches(n, b, seen))))
  for (const r of relations) {
    const [u, v] = [keyOf(r, 'from'), keyOf(r, 'to')]
    if (!reaches(v, u))
      out.get(u)!.push(v)
  }
  const layer = new Map(keys.map(k => [k, 0]))
  for (let i = 0; i < keys.length; i++) {
    for (const [u, vs] of out) {
      for (const v of vs) layer.set(v, Math.max(layer.get(v)!, layer.get(u)! + 1))
    }
  }
  const hasIn = new Set([...out.values()].flat())
  for (const k of keys) {
    if (!hasIn.has(k) && out.get(k)!.length)
      layer.set(k, Math.min(...out.get(k)!.map(v => layer.get(v)!)) - 1)
  }
  const min = Math.min(...layer.values())
  return new Map([...layer].map(([k, l]) => [k, l - min]))
}

/** Every way to put a column's nodes on distinct rows. */
function placements(n: number, rows: number): number[][] {
  if (n === 0)
    return [[]]
  return placements(n - 1, rows).flatMap(p => Array.from({ length: rows }, (_, r) => r).filter(r => !p.includes(r)).map(r => [...p, r]))
}

/**
 * Rows: scores every arrangement of each column's nodes on the rows (crossing relations, relations that would run
 * through a third node, steep lines, busy nodes away from the middle) and returns the best `count`, best first. Ties keep
 * the order found, so the layout is the same on every run.
 */
function rankRows(
  keys: string[],
  layers: Map<string, number>,
  pairs: [string, string][],
  pos: (layer: number, row: number) => Pt,
  rows: number,
  count: number,
) {
  const columns = Array.from({ length: Math.max(...layers.values()) + 1 }, (_, l) => keys.filter(k => layers.get(k) === l))
  const options = columns.map(c => placements(c.length, rows))
  // Thousands of arrangements are scored: nodes by number, and each node's point on every row worked out once.
  const index = new Map(keys.map((k, i) => [k, i]))
  const ends = pairs.map(([a, b]) => [index.get(a)!, index.get(b)!])
  const points = keys.map(k => Array.from({ length: rows }, (_, r) => pos(layers.get(k)!, r)))
  const degree = keys.map(k => pairs.filter(p => p.includes(k)).length)
  const mid = (rows - 1) / 2
  const row = Array.from<number>({ length: keys.length }).fill(0)
  const at = (k: number) => points[k][row[k]]
  const score = () => {
    let s = 0
    ends.forEach(([a, b], i) => {
      for (const [c, d] of ends.slice(i + 1)) {
        if (c !== a && d !== a && c !== b && d !== b && segmentsCross(at(a), at(b), at(c), at(d)))
          s += 100
      }
      for (let k = 0; k < keys.length; k++) {
        if (k !== a && k !== b && pointSegment(at(k), at(a), at(b)) < R.actor + 24)
          s += 4
      }
      s += 3 * Math.abs(row[a] - row[b])
    })
    for (let k = 0; k < keys.length; k++) s += degree[k] * Math.abs(row[k] - mid)
    return s
  }
  const best: { score: number, row: number[] }[] = []
  const visit = (c: number) => {
    if (c === columns.length) {
      const s = score()
      // Strictly better only: of equal scores, the one found first stays ahead.
      const at = best.findIndex(b => s < b.score)
      if (best.length < count || at >= 0) {
        best.splice(at < 0 ? best.length : at, 0, { score: s, row: [...row] })
        best.length = Math.min(best.length, count)
      }
      return
    }
    for (const option of options[c]) {
      columns[c].forEach((k, j) => row[index.get(k)!] = option[j])
      visit(c + 1)
    }
  }
  visit(0)
  return best.map(b => new Map(keys.map((k, i) => [k, b.row[i]])))
}

interface Frame { width: number, height: number }
type Curve = [Pt, Pt, Pt]

/** The curve between two node centres, bowed `bend` units to the right of the direction of travel (negative: to the left). */
function curveBetween(from: NetNode, to: NetNode, bend: number): Curve {
  const a: Pt = [from.x, from.y]
  const b: Pt = [to.x, to.y]
  const len = dist(a, b) || 1
  const m = lerp(a, b, 0.5)
  return [a, [m[0] - ((b[1] - a[1]) / len) * 2 * bend, m[1] + ((b[0] - a[0]) / len) * 2 * bend], b]
}

/** The bends that keep a relation clear of every node but its own two and inside the frame, straightest first. */
function bendOptions(from: NetNode, to: NetNode, nodes: NetNode[], frame: Frame, reciprocal: boolean): number[] {
  const bends = [0, 30, -30, 45, -45, 60, -60, 80, -80, 100, -100, 125, -125, 150, -150]
  return bends.filter((bend) => {
    if (reciprocal && Math.abs(bend) < 30)
      return false
    const samples = samplePath(curveBetween(from, to, bend), 32)
    return !samples.some(p => p[0] < 6 || p[1] < 6 || p[0] > frame.width - 6 || p[1] > frame.height - 6)
      && !nodes.some(n => n !== from && n !== to && samples.some(p => pointIn(p, n.box, CLEAR)))
  }).slice(0, 8)
}

interface Sketch { relation: Relation, index: number, from: NetNode, to: NetNode, bend: number, full: Curve, samples: Pt[] }

/** The points of a line away from its two nodes, where it can be mistaken for no other. */
const away = (k: Sketch) => k.samples.filter(p => dist(p, [k.from.x, k.from.y]) > k.from.r + 26 && dist(p, [k.to.x, k.to.y]) > k.to.r + 26)
/** How far a point is from a box (0 inside it). */
const boxDistance = (b: Box, [x, y]: Pt) => distanceTo(b, x, y)

/** How badly two lines get in each other's way away from their own nodes (`away`): running alongside, and crossing. */
function lineClash(a: Pt[], b: Pt[]): number {
  if (!a.length || !b.length || !overlaps(bounds(a), bounds(b), 10))
    return 0
  let score = 3 * a.filter(p => b.some(q => (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 < 100)).length
  for (let u = 1; u < a.length; u++) {
    for (let v = 1; v < b.length; v++) {
      if (dist(a[u], a[u - 1]) < 40 && dist(b[v], b[v - 1]) < 40 && segmentsCross(a[u - 1], a[u], b[v - 1], b[v]))
        score += 25
    }
  }
  return score
}

function bounds(pts: Pt[]): Box {
  const xs = pts.map(p => p[0])
  const ys = pts.map(p => p[1])
  return { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) }
}

interface NodeSpot { box: Box, anchor: NetNode['label']['anchor'], clearOfNodes: boolean }
interface EdgeSpot { box: Box, own: number, along: number, side: number, gap: number }

/**
 * What stays the same while the search changes bends, for one arrangement of the nodes: the places a label may go and
 * what each place is clear of. Which lines a place touches is remembered per line drawn (a sketch is made once per
 * relation and bend), so the search's few hundred figures share one measurement of each.
 */
function board(nodes: NetNode[], frame: Frame) {
  const { width, height } = frame
  const memo = <K extends object, V>(make: (k: K) => V) => {
    const seen = new WeakMap<K, V>()
    return (k: K) => {
      if (!seen.has(k))
        seen.set(k, make(k))
      return seen.get(k)!
    }
  }
  const pair = <V>(make: (a: object, s: Sketch) => V) => {
    const seen = new WeakMap<object, Map<Sketch, V>>()
    return (a: object, s: Sketch): V => {
      let row = seen.get(a)
      if (!row)
        seen.set(a, row = new Map())
      if (!row.has(s))
        row.set(s, make(a, s))
      return row.get(s)!
    }
  }
  const lineBox = memo((s: Sketch) => bounds(s.samples))
  const awayOf = memo(away)
  // Node labels: below, above, beside or on a diagonal, in that order of preference.
  const nodeSpots = new Map(nodes.map((n): [string, NodeSpot[]] => {
    const w = textWidth(n.name, NETWORK_FONT.node, true)
    const h = NETWORK_FONT.node + 4
    const half = n.box.w / 2
    return [n.key, ([[0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1]] as Pt[]).map(([dx, dy]) => {
      const cx = n.x + dx * (half + 4)
      const cy = n.y + dy * (half + 2)
      const box = { x: dx > 0 ? cx : dx < 0 ? cx - w : cx - w / 2, y: dy > 0 ? cy : dy < 0 ? cy - h : cy - h / 2, w, h }
      return {
        box,
        anchor: dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle',
        clearOfNodes: inFrame(box, width, height, 2) && !nodes.some(o => o !== n && overlaps(o.box, box, 4)),
      }
    })]
  }))
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
          if (!inFrame(box, width, height, 2) || nodes.some(n => overlaps(n.box, box, 4)) || samples.some(q => pointIn(q, box, 2)))
            continue
          let own = Infinity
          for (const q of samples) own = Math.min(own, boxDistance(box, q))
          spots.push({ box, own, along: 20 * Math.abs(t - 0.5), side: 2 * si, gap: 15 * gi })
        }
      }
    }
    return spots
  })
  // How many points of a line fall in a box (a label there would sit on the line).
  const hits = pair((box, s) => {
    const b = box as Box
    return overlaps(lineBox(s), b, 3) ? s.samples.filter(p => pointIn(p, b, 2)).length : 0
  })
  // Whether a line, away from its nodes, comes nearer a label than the label's own line: it would name the wrong relation.
  const nearer = pair((spot, s) => {
    const { box, own } = spot as EdgeSpot
    return overlaps(lineBox(s), box, own + 6) && awayOf(s).some(q => boxDistance(box, q) < own + 6)
  })
  const keyW = 44 + Math.max(...Object.values(KEY_WORDS).map(k => textWidth(k, NETWORK_FONT.key)))
  const keyH = 40
  const keySpots = ([[4, height - keyH - 4], [width - keyW - 4, height - keyH - 4], [4, 4], [width - keyW - 4, 4]] as Pt[])
    .map(([x, y]) => ({ x, y, w: keyW, h: keyH }))
  return { nodeSpots, edgeSpots, hits, nearer, keySpots, away: awayOf }
}
type Board = ReturnType<typeof board>

/**
 * Draws the edges with the given bends, places every label, and scores the result: lower is cleaner. Every term of the
 * score is positive, so once it reaches `limit` the figure cannot beat the one it is measured against: it stops there,
 * with no labels, and the search makes the same choices in a fraction of the time.
 */
function build(nodes: NetNode[], sketches: Sketch[], spots: Board, clash: (i: number, j: number) => number, limit = Infinity) {
  let score = 0
  // Lines: no crossing, no running alongside another line away from the nodes they share.
  sketches.forEach((s, i) => {
    score += Math.abs(s.bend) * 0.3
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
    const clear = candidates.find(c => fits(c) && crossings(c.box) === 0)
    const pick = clear ?? candidates.filter(fits).sort((p, q) => crossings(p.box) - crossings(q.box))[0]
    score += pick ? 20 * crossings(pick.box) : 1000
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
      if (nodes.some(n => overlaps(nodeLabels.get(n.key)!.box, box, 4)) || taken.some(o => overlaps(o, box, 5)))
        continue
      const base = 20 * crossings(box, index) + spot.along + spot.side + spot.gap
      if (best && base >= best.score)
        continue
      const s = base + (sketches.some((o, i) => i !== index && spots.nearer(spot, o)) ? 80 : 0)
      if (!best || s < best.score)
        best = { box, score: s }
    }
    score += best ? best.score : 1000
    if (score >= limit)
      return undefined
    const { w, h } = edgeText(relation)
    const box = best?.box ?? { x: (full[0][0] + full[2][0]) / 2 - w / 2, y: (full[0][1] + full[2][1]) / 2 - h / 2, w, h }
    taken.push(box)
    labels.push(box)
  }

  // The key to the two line styles, in the first corner where it overlaps nothing.
  const keyBox = spots.keySpots
    .find(b => !nodes.some(n => overlaps(n.box, b, 4)) && !taken.some(t => overlaps(t, b, 4)) && crossings(b) === 0)
  score += keyBox ? 0 : 300
  return score < limit ? { score, nodeLabels, labels, keyBox } : undefined
}

/** The arrowhead at the end of a curve, its tip `gap` from the target's centre, and the line cut back to its base. */
function arrow(full: Curve, from: NetNode, to: NetNode) {
  const [a, , b] = full
  const start = tAtDistance(full, a, from.r + 4, 0, 0.5)
  const end = tAtDistance(full, b, to.r + 4 + HEAD - 2, 0.5, 1)
  const curve = subCurve(full, start, end)
  const tip = bezier(full, tAtDistance(full, b, to.r + 4, 0.5, 1))
  const back = bezier(full, tAtDistance(full, b, to.r + 4 + HEAD, 0.5, 1))
  const ul = dist(tip, back) || 1
  const u: Pt = [(tip[0] - back[0]) / ul, (tip[1] - back[1]) / ul]
  const base: Pt = [tip[0] - u[0] * HEAD, tip[1] - u[1] * HEAD]
  const wing = (side: number) => `${f(base[0] - side * u[1] * 6.5)},${f(base[1] + side * u[0] * 6.5)}`
  const head = `M${f(tip[0])},${f(tip[1])}L${wing(1)}L${wing(-1)}Z`
  const d = `M${f(curve[0][0])},${f(curve[0][1])}Q${f(curve[1][0])},${f(curve[1][1])} ${f(curve[2][0])},${f(curve[2][1])}`
  return { curve, d, head }
}

/** Points along the drawn line of an edge, up to its arrowhead: what the tests check against the nodes and labels. */
export function edgePoints(edge: NetEdge, n = 48): Pt[] {
  return samplePath(edge.curve, n)
}

/**
 * What the search chose: each node's row (nodes in the order the relations name them) and each relation's bend. The
 * figure follows from it in a moment; the search takes a few hundred, so `npm run build:network` stores its result for
 * the current data (charts/networkChoice.json) and the deck draws from that while the data is the one it was made for.
 */
export interface NetworkChoice { fingerprint: string, rows: number[], bends: number[] }

/** A short hash of everything the search reads from the data and the frame: another value means another search. */
export function networkFingerprint(facts: Facts, width = NETWORK_SIZE.width, height = NETWORK_SIZE.height): string {
  const named = new Set(facts.relations.flatMap(r => [r.from, r.to, r.event]))
  const text = JSON.stringify({
    width,
    height,
    relations: facts.relations.map(r => [r.id, r.from, r.to, r.event, r.kind, r.label, r.claim, r.afterArticle]),
    actors: facts.actors.filter(a => named.has(a.id)).map(a => [a.id, a.short]),
    events: facts.events.map(e => [e.id, e.title, e.date, e.kind, e.time, e.partOfDay, e.afterArticle]),
  })
  let hash = 0x811C9DC5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}

const cache = new WeakMap<Facts, Map<string, NetworkLayout>>()

/** The whole figure for these facts at this size: from the stored search result when it was made for them, else searched. */
export function layoutNetwork(facts: Facts, width = NETWORK_SIZE.width, height = NETWORK_SIZE.height): NetworkLayout {
  const sizes = cache.get(facts) ?? new Map<string, NetworkLayout>()
  cache.set(facts, sizes)
  const id = `${width}x${height}`
  if (!sizes.has(id)) {
    const known = storedChoice.fingerprint === networkFingerprint(facts, width, height) ? storedChoice : undefined
    sizes.set(id, drawNetwork(facts, known, width, height))
  }
  return sizes.get(id)!
}

/** The figure from a given choice, or from a new search when there is none. */
export function drawNetwork(facts: Facts, choice?: NetworkChoice, width = NETWORK_SIZE.width, height = NETWORK_SIZE.height): NetworkLayout {
  return computeNetwork(facts, width, height, choice).layout
}

/** The search itself, ignoring any stored result: what `npm run build:network` writes and the tests compare. */
export function searchNetwork(facts: Facts, width = NETWORK_SIZE.width, height = NETWORK_SIZE.height): NetworkChoice {
  return computeNetwork(facts, width, height).choice
}

/** The search result stored in charts/networkChoice.json. */
export const STORED_CHOICE: NetworkChoice = storedChoice

function computeNetwork(facts: Facts, width: number, height: number, known?: NetworkChoice) {
  const frame = { width, height }
  const relations = facts.relations
  const actorOf = (id: string) => facts.actors.find(a => a.id === id)
  const attacks = timelineEvents(facts.events).filter(e => e.kind === 'attack')

  // Nodes: every actor and event a relation names, in the order the relations first name them.
  const keys = [...new Set(relations.flatMap(r => [keyOf(r, 'from'), keyOf(r, 'to')]))]
  const pairs = relations.map((r): [string, string] => [keyOf(r, 'from'), keyOf(r, 'to')])
  const layers = networkLayers(keys, relations)
  const columns = Math.max(...layers.values()) + 1
  const rows = Math.max(3, ...Array.from({ length: columns }, (_, l) => keys.filter(k => layers.get(k) === l).length))
  const marginX = 50
  const marginY = 60
  // Each gap between two columns as wide as the widest label of a relation across it needs, then all scaled to the frame.
  const need = Array.from({ length: columns - 1 }, (_, g) => Math.max(130, ...relations
    .filter((_, i) => {
      const [a, b] = pairs[i].map(k => layers.get(k)!)
      return Math.min(a, b) === g && Math.abs(a - b) === 1
    })
    .map(r => edgeText(r).w + 2.4 * R.actor + 16)))
  const scale = (width - 2 * marginX) / need.reduce((a, b) => a + b, 0)
  const columnX = need.reduce((xs, g) => [...xs, xs.at(-1)! + g * scale], [columns > 1 ? marginX : width / 2])
  const pos = (layer: number, row: number): Pt => [columnX[layer], marginY + (row * (height - 2 * marginY)) / (rows - 1)]

  const makeNodes = (rowOf: Map<string, number>): NetNode[] => keys.map((key) => {
    const [kind, id] = key.split(':') as ['actor' | 'event', string]
    const actor = kind === 'actor' ? actorOf(id) : undefined
    const event = kind === 'event' ? facts.events.find(e => e.id === id) : undefined
    if (!actor && !event)
      throw new Error(`relations name "${id}", which is neither an actor nor an event`)
    const [x, y] = pos(layers.get(key)!, rowOf.get(key)!)
    const r = actor ? R.actor : R.event
    // Stars and triangles reach 1.1 r; the outline adds a little more.
    const half = actor ? r * 1.12 + 2 : r + 2
    return {
      key,
      id,
      actor,
      event,
      number: event ? attacks.findIndex(e => e.id === event.id) + 1 || undefined : undefined,
      name: actor ? actor.short : eventName(event!),
      x,
      y,
      r,
      layer: layers.get(key)!,
      row: rowOf.get(key)!,
      box: { x: x - half, y: y - half, w: 2 * half, h: 2 * half },
      label: { text: '', box: { x, y, w: 0, h: 0 }, x, y, anchor: 'middle' },
    }
  })

  // One arrangement of the nodes on the rows: its nodes, each relation's clear bends, and the figure for given bends.
  const arrange = (rowOf: Map<string, number>) => {
    const nodes = makeNodes(rowOf)
    const nodeOf = new Map(nodes.map(n => [n.key, n]))
    const ends = relations.map(r => [nodeOf.get(keyOf(r, 'from'))!, nodeOf.get(keyOf(r, 'to'))!] as const)
    // Only a search needs every relation's clear bends.
    const options = () => relations.map((r, i) => {
      const reciprocal = pairs.some(([a, b]) => a === pairs[i][1] && b === pairs[i][0])
      const o = bendOptions(ends[i][0], ends[i][1], nodes, frame, reciprocal)
      return o.length ? o : [0]
    })
    const spots = board(nodes, frame)
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
        clashes.set(id, lineClash(spots.away(sketches[i]), spots.away(sketches[j])))
      return clashes.get(id)!
    }
    const evaluate = (bends: number[], limit?: number) => {
      const sketches = sketch(bends)
      return build(nodes, sketches, spots, clashOf(bends, sketches), limit)
    }
    return { nodes, options, sketch, evaluate }
  }

  let best: { score: number, rowOf: Map<string, number>, arrangement: ReturnType<typeof arrange>, bends: number[] } | undefined
  if (known) {
    const rowOf = new Map(keys.map((k, i) => [k, known.rows[i]]))
    best = { score: 0, rowOf, arrangement: arrange(rowOf), bends: known.bends }
  }
  else {
    // Search: for each of the two best row arrangements, start every relation at its straightest clear bend, then change
    // one bend at a time while that makes the whole figure cleaner (fewer crossings, labels nearer their lines).
    for (const rowOf of rankRows(keys, layers, pairs, pos, rows, 2)) {
      const arrangement = arrange(rowOf)
      const { evaluate } = arrangement
      const options = arrangement.options()
      let bends = options.map(o => o[0])
      let current = evaluate(bends)!
      // Moves: one relation's bend; or both of a pair of opposite relations, bowed to opposite sides together.
      const opposite: [number, number][] = []
      pairs.forEach(([a, b], i) => pairs.forEach(([c, d], j) => j > i && c === b && d === a && opposite.push([i, j])))
      const together = (i: number, j: number) => options[i].flatMap(bi =>
        options[j].filter(bj => Math.sign(bi) === Math.sign(bj)).map(bj => new Map([[i, bi], [j, bj]])))
      const moves = [
        ...relations.flatMap((_, i) => options[i].map(bend => new Map([[i, bend]]))),
        ...opposite.flatMap(([i, j]) => together(i, j)),
      ]
      for (let pass = 0, changed = true; pass < 3 && changed; pass++) {
        changed = false
        for (const move of moves) {
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
      if (!best || current.score < best.score - 1e-9)
        best = { score: current.score, rowOf, arrangement, bends }
    }
  }

  const { nodes, sketch, evaluate } = best!.arrangement
  const sketches = sketch(best!.bends)
  const built = evaluate(best!.bends)!
  const choice: NetworkChoice = {
    fingerprint: networkFingerprint(facts, width, height),
    rows: keys.map(k => best!.rowOf.get(k)!),
    bends: best!.bends,
  }
  for (const n of nodes) n.label = built.nodeLabels.get(n.key)!
  const edges: NetEdge[] = sketches.map(({ relation, index, from, to, full, bend }) => {
    const { claim, badgeText, badgeW } = edgeText(relation)
    const box = built.labels[index]
    const cx = box.x + box.w / 2
    const badgeTop = box.y + LINE.edge + claim.length * LINE.claim + 2
    return {
      id: relation.id,
      index,
      relation,
      from,
      to,
      style: lineStyle(relation.kind),
      colour: from.actor?.colour ?? '#374151',
      ...arrow(full, from, to),
      bend,
      label: {
        box,
        lines: [
          { text: relation.label, x: cx, y: box.y + LINE.edge * 0.76, size: NETWORK_FONT.edge, role: 'label' },
          ...claim.map((text, i): TextLine =>
            ({ text, x: cx, y: box.y + LINE.edge + (i + 0.76) * LINE.claim, size: NETWORK_FONT.claim, role: 'claim' })),
        ],
        badge: badgeText
          ? {
              box: { x: cx - badgeW / 2, y: badgeTop, w: badgeW, h: LINE.badge - 4 },
              text: badgeText,
              x: cx,
              y: badgeTop + (LINE.badge - 4) * 0.72,
            }
          : undefined,
      },
    }
  })
  // A halo only where a drawn line runs under the words.
  const drawnLines = edges.map(e => edgePoints(e, 96))
  const underLine = (b: Box) => drawnLines.some(line => line.some(p => pointIn(p, b, 2)))
  for (const n of nodes) n.label.halo = underLine(n.label.box)
  for (const e of edges) e.label.halo = underLine(e.label.box)
  const keyBox = built.keyBox
  const keyRows = (box: Box) => (['solid', 'dashed'] as const)
    .map((style, i) => ({ style, words: KEY_WORDS[style], y: box.y + 10 + 20 * i }))
  const key = keyBox ? { box: keyBox, rows: keyRows(keyBox) } : undefined
  return { layout: { width, height, nodes, edges, key } as NetworkLayout, choice }
}
