// Phases 5 and 6, the labels: every place's name beside its pin on its own country's side of every border
// (`placeBeside`), then the countries' names, as background, in whatever room is left.
import type { Box, Pt } from '../geometry'
import type { Country, CountryAt, Label, Room, Site } from './model'
import { boxAt, centreOf, distanceTo, nearestOn, overlaps, within } from '../geometry'
import { textWidth } from '../labels'
import { COUNTRY_LABELS, LINE, MAP_FONT, PIN } from './model'

/** Nine points of a box: corners, edge midpoints and centre. */
export function samplePoints(b: Box): Pt[] {
  return [0, 0.5, 1].flatMap(fx => [0, 0.5, 1].map((fy): Pt => [b.x + fx * b.w, b.y + fy * b.h]))
}

/** Whether every sample point of a box lies over `country` or the sea: a label there cannot be read as elsewhere. */
export function onOwnSide(b: Box, country: string, countryAt: CountryAt): boolean {
  return samplePoints(b).every(([x, y]) => {
    const under = countryAt(x, y)
    return under === undefined || under === country
  })
}

const DIRECTIONS: Pt[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [1, 0.5],
  [-1, 0.5],
  [1, -0.5],
  [-1, -0.5],
]
const DISTANCES = [4, 14, 28, 46, 68, 92, 120, 150]

/**
 * Puts a box of w×h beside the point (x, y) of radius r: the nearest spot, in eight directions and widening
 * rings, that stays in the frame, overlaps nothing taken and lies over its own country or the sea. Beyond
 * the first ring it draws a leader line back to the point.
 */
export function placeBeside(
  /** `leaderBeyond`: how far past the pin's rim the box may sit before a leader ties it back (16 by default) */
  o: { id: string, x: number, y: number, r: number, w: number, h: number, country?: string, leaderBeyond?: number },
  frame: Box,
  taken: readonly Box[],
  countryAt: CountryAt,
  /** other pins: a place's label must sit nearer its own pin than any of these, or it reads as theirs */
  pins: Pt[] = [],
  /** the caller's own rule for a spot (for instance: no arrow runs through it) */
  clear: (box: Box) => boolean = () => true,
): { box: Box, leader?: [number, number, number, number], fits: boolean } {
  let first: Box | undefined
  // Look first on the side away from the nearest other pin, where a label cannot be read as that pin's.
  const others = pins.filter(([px, py]) => px !== o.x || py !== o.y)
  const nearest = others.sort((p, q) => Math.hypot(p[0] - o.x, p[1] - o.y) - Math.hypot(q[0] - o.x, q[1] - o.y))[0]
  const away = nearest && Math.hypot(nearest[0] - o.x, nearest[1] - o.y) < 80 ? [o.x - nearest[0], o.y - nearest[1]] : [0, 0]
  const directions = DIRECTIONS.map((d, i) => ({ d, i, score: d[0] * away[0] + d[1] * away[1] }))
    .sort((p, q) => q.score - p.score || p.i - q.i)
    .map(x => x.d)
  for (const gap of DISTANCES) {
    for (const [dx, dy] of directions) {
      const off = o.r + gap
      const cx = o.x + dx * (off + (dx ? o.w / 2 : 0))
      const cy = o.y + dy * (off + (dy ? o.h / 2 : 0))
      const box = boxAt(cx, cy, o.w, o.h)
      first ??= box
      if (!within(box, frame) || taken.some(t => overlaps(t, box, 2)))
        continue
      if (o.country && !onOwnSide(box, o.country, countryAt))
        continue
      const own = distanceTo(box, o.x, o.y)
      if (pins.some(([px, py]) => (px !== o.x || py !== o.y) && distanceTo(box, px, py) < own))
        continue
      if (!clear(box))
        continue
      const [ex, ey] = nearestOn(box, o.x, o.y)
      const far = Math.hypot(ex - o.x, ey - o.y) > o.r + (o.leaderBeyond ?? 16)
      return { box, fits: true, leader: far ? [o.x, o.y, ex, ey] : undefined }
    }
  }
  return { box: first!, fits: false }
}

/**
 * A label's shapes, widest first: as written; its second line broken at its comma; the name on two lines, then a word
 * a line, where a border leaves little room (Erbil, between Syria, Turkey and Iran).
 */
export function labelShapes(lines: string[]): { lines: string[], nameLines: number }[] {
  const [name, ...rest] = lines
  const words = name.split(' ')
  // A name with a comma breaks there ("Green Zone," / "Baghdad"), never inside one of its parts.
  const comma = name.indexOf(', ')
  const half = Math.max(1, Math.floor(words.length / 2))
  const halves = comma > 0
    ? [name.slice(0, comma + 1), name.slice(comma + 2)]
    : [words.slice(0, half).join(' '), words.slice(half).join(' ')].filter(Boolean)
  const broken = rest.flatMap(l => l.split(/(?<=,) /))
  return [
    { lines, nameLines: 1 },
    { lines: [name, ...broken], nameLines: 1 },
    { lines: [...halves, ...rest], nameLines: halves.length },
    { lines: [...halves, ...broken], nameLines: halves.length },
    { lines: [...words, ...rest], nameLines: words.length },
    { lines: [...words, ...broken], nameLines: words.length },
  ].filter((shape, i, all) => all.findIndex(o => o.lines.join('|') === shape.lines.join('|')) === i)
}

/** How far across a label must keep from another pin it sits level with. */
export const CAPTION_CLEAR = 60

/**
 * Whether a label sits level with a pin other than its own and near it across: it would read as that pin's caption
 * (the raid's words beside ③ did, a cold read found).
 */
export function levelWithAnother(box: Box, own: { x: number, y: number }, pins: Pt[], r = PIN.attack): boolean {
  return pins.some(([x, y]) => (x !== own.x || y !== own.y) && box.y < y + r && y - r < box.y + box.h
    && Math.max(box.x - (x + r), x - r - (box.x + box.w), 0) < CAPTION_CLEAR)
}

/** What one more line of a label weighs against its distance from its pin. */
const EXTRA_LINE = 5

/**
 * The places' names, each the nearest fit to its pin and level with no other pin, in whichever of its shapes sits
 * nearest (the widest where two tie). Returns the labels, which are also the boxes they took.
 */
export function placeSiteLabels(sites: Site[], room: Room, taken: readonly Box[]): Label[] {
  const took = [...taken]
  const labels: Label[] = []
  // South to north: the crowded pins round Baghdad, hemmed in by the enlargement's mark, choose before Erbil's roomier corner.
  for (const s of [...sites].sort((a, b) => (b.disc ?? b).y - (a.disc ?? a).y)) {
    const at = s.disc ?? s
    const fits = labelShapes(s.lines).map((shape) => {
      const w = Math.max(...shape.lines.map((t, i) => textWidth(t, MAP_FONT.place, { bold: i < shape.nameLines })))
      const o = { id: s.place.id, x: at.x, y: at.y, r: s.r, w, h: LINE * shape.lines.length, country: s.place.country }
      const clear = (box: Box) => !levelWithAnother(box, at, room.pins)
      return { shape, spot: placeBeside(o, room.frame, took, room.countryAt, room.pins, clear) }
    }).filter(f => f.spot.fits)
    // The shape that sits nearest its pin, the widest of those: a name a ring away reads as its neighbour's. Each line
    // more counts as a few units further, so that a name is broken a word a line only where that brings it much nearer.
    const score = (f: (typeof fits)[number]) => distanceTo(f.spot.box, at.x, at.y) + EXTRA_LINE * f.shape.lines.length
    const fit = fits.sort((p, q) => score(p) - score(q))[0]
    if (!fit)
      throw new Error(`map: no room for the label "${s.lines[0]}" over ${s.place.country} (data/places.ts, ${s.place.id})`)
    took.push(fit.spot.box)
    labels.push({ id: `site:${s.place.id}`, ...fit.shape, box: fit.spot.box, country: s.place.country, leader: fit.spot.leader })
  }
  return labels
}

/** How far a country's name keeps from any pin. */
const COUNTRY_CLEAR = 60
/** Candidate rows around a country's middle, 14 units apart. */
const GRID_Y = Array.from({ length: 25 }, (_, i) => (i - 12) * 14)

/**
 * Country names are background: each takes the first spot near its centroid over itself and clear of every pin and name, or is
 * left out.
 */
export function placeCountryLabels(countries: Country[], room: Room, taken: readonly Box[]): Label[] {
  const took = [...taken]
  const countryLabels: Label[] = []
  for (const c of countries.filter(c => COUNTRY_LABELS.includes(c.name))) {
    const text = c.name.toUpperCase()
    const w = textWidth(text, MAP_FONT.country, { bold: true, spacing: 0.12 }) + 4
    const b = c.bounds
    const [cx, cy] = centreOf(b)
    // Candidates on a grid over the country's visible part, nearest its middle first.
    const grid = Array.from({ length: 21 }, (_, i) => (i - 10) * 18)
      .flatMap(dx => GRID_Y.map(dy => [cx + dx * (b.w / 360), cy + dy] as const))
      .sort((p, q) => Math.hypot(p[0] - cx, p[1] - cy) - Math.hypot(q[0] - cx, q[1] - cy))
    const spot = grid
      .map(([x, y]) => boxAt(x, y, w, 22))
      .find(box => within(box, room.frame)
        // a country's name keeps well off every pin and every place's name, or it reads as part of them
        && !took.some(t => overlaps(t, box, 20))
        && !room.pins.some(([x, y]) => distanceTo(box, x, y) < COUNTRY_CLEAR)
        && samplePoints(box).every(([x, y]) => room.countryAt(x, y) === c.name))
    if (!spot)
      continue
    took.push(spot)
    countryLabels.push({ id: `country:${c.name}`, lines: [text], nameLines: 1, box: spot, country: c.name })
  }
  return countryLabels
}
