// The locator map, laid out without the DOM: countries, pins, actors where they are, the geographic
// relations as arrows, and every label placed on its own country's side of every border.
import type { GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { Topology } from 'topojson-specification'
import type { Actor, Event, Facts, Place, Relation } from '../data'
import type { Box } from './labels'
import { geoEquirectangular, geoPath, geoStream } from 'd3-geo'
import { feature } from 'topojson-client'
import { distanceTo, nearestOn, overlaps, pointIn, textWidth, wrap } from './labels'
import { makeProjection, scaleBar } from './projection'
import { formatDate, timelineEvents } from './timeline'

/** The figure's size in SVG units; the component and the tests lay it out at this size. */
export const MAP_SIZE = { width: 884, height: 432 }
/** Actors with no place on the map (Washington, the European capitals) sit in this strip above the frame. */
export const STRIP = { height: 36, gap: 6 }
/** The locator inset, in the frame's bottom-left corner (Sinai and the Hejaz: nothing of the story there). */
export const INSET = { w: 132, h: 100, margin: 8 }
/** A corner kept free for a note over the map (the Syria slide's death tolls): bottom right, over the Gulf. */
export const NOTE_BOX = { w: 300, h: 174, margin: 8 }
export const MAP_FONT = { site: 16, place: 15, badge: 16, arrow: 15, country: 14, small: 14, key: 15 }
const PIN = { attack: 12, place: 5 }
const LINE = 20
export const KEY_LINE = 20
const grid1 = Array.from({ length: 21 }, (_, i) => (i - 10) * 14)
const COUNTRY_LABELS = ['Iraq', 'Iran', 'Syria', 'Turkey', 'Saudi Arabia', 'Jordan', 'Kuwait']

export interface Country { id: string, name: string, d: string, feature: Feature<Geometry, { name: string }>, bounds: Box }
export interface Site { place: Place, x: number, y: number, r: number, step: number, event?: Event, number?: number, label: string }
export interface Badge {
  actor: Actor
  text: string
  x: number
  y: number
  w: number
  h: number
  step: number
  inStrip: boolean
  toward?: string
  leader?: [number, number, number, number]
}
export interface Label {
  id: string
  text: string[]
  /** what each line is: the relation's words, the claim behind it, or "after the article" */
  roles?: ('words' | 'claim' | 'after')[]
  box: Box
  country?: string
  leader?: [number, number, number, number]
  /** a white halo behind the words, only where a line runs under them: haloed text prints as outlines, not as text */
  halo?: boolean
}
export interface Arrow {
  id: string
  kind: Relation['kind']
  from: string
  colour: string
  d: string
  end: [number, number]
  step: number
  after: boolean
  label: Label
  relation?: Relation
  event?: Event
}

const boxOf = (x: number, y: number, w: number, h: number): Box => ({ x: x - w / 2, y: y - h / 2, w, h })
/** Points along the segment from a to b, ends included. */
function pointsAlong([x0, y0]: [number, number], [x1, y1]: [number, number], n = 24): [number, number][] {
  return Array.from({ length: n + 1 }, (_, k): [number, number] => [x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n])
}
function anyIn(points: [number, number][], b: Box, pad = 2) {
  return points.some(p => pointIn(p, b, pad))
}
const centre = (b: Box): [number, number] => [b.x + b.w / 2, b.y + b.h / 2]
const inside = (b: Box, f: Box) => b.x >= f.x && b.y >= f.y && b.x + b.w <= f.x + f.w && b.y + b.h <= f.y + f.h

const grounds = new WeakMap<Topology, Map<string, ReturnType<typeof makeGround>>>()

/**
 * The ground: countries projected into the frame, and a lookup from a pixel to the country under it. Made once per map
 * geometry and frame: the deck's two maps share it, and label placement asks the lookup for the same points many times.
 */
export function layoutGround(geo: Topology, frame: Box) {
  const frames = grounds.get(geo) ?? new Map<string, ReturnType<typeof makeGround>>()
  grounds.set(geo, frames)
  const id = `${frame.x},${frame.y},${frame.w},${frame.h}`
  if (!frames.has(id))
    frames.set(id, makeGround(geo, frame))
  return frames.get(id)!
}

/** A feature's outline as the projection draws it, ring by ring, in map pixels. */
function projectedRings(f: Feature, projection: GeoProjection): [number, number][][] {
  const rings: [number, number][][] = []
  let ring: [number, number][] = []
  const none = () => {}
  geoStream(f, projection.stream({
    point: (x, y) => {
      ring.push([x, y])
    },
    lineStart: () => {
      ring = []
    },
    lineEnd: () => {
      if (ring.length > 2)
        rings.push(ring)
    },
    polygonStart: none,
    polygonEnd: none,
    sphere: none,
  }))
  return rings
}

/** Whether a point lies inside rings by the even-odd rule (holes and islands included). */
function insideRings(rings: [number, number][][], x: number, y: number): boolean {
  let inside = false
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i]
      const [xj, yj] = r[j]
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi)
        inside = !inside
    }
  }
  return inside
}

function makeGround(geo: Topology, frame: Box) {
  const { projection, path, point } = makeProjection(frame)
  const fc = feature(geo, geo.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>
  const countries: Country[] = fc.features.map((f) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f)
    return { id: String(f.id), name: f.properties.name, d: path(f) ?? '', feature: f, bounds: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } }
  })
  // Label placement asks for thousands of points: an even-odd test on the drawn outlines, in pixels, costs a fraction
  // of a test on the sphere and agrees with what the audience sees.
  const outlines = countries.map(c => projectedRings(c.feature, projection))
  /** The country under a point of the map, or undefined for the sea and anything outside the frame. */
  const lookUp = (x: number, y: number): string | undefined => {
    if (x < frame.x || y < frame.y || x > frame.x + frame.w || y > frame.y + frame.h)
      return undefined
    return countries.find((c, i) => x >= c.bounds.x && x <= c.bounds.x + c.bounds.w && y >= c.bounds.y
      && y <= c.bounds.y + c.bounds.h && insideRings(outlines[i], x, y))?.name
  }
  const known = new Map<string, string | undefined>()
  const countryAt = (x: number, y: number): string | undefined => {
    const id = `${x},${y}`
    if (!known.has(id))
      known.set(id, lookUp(x, y))
    return known.get(id)
  }
  return { projection, path, point, countries, countryAt }
}

/** Nine points of a box: corners, edge midpoints and centre. */
export function samplePoints(b: Box): [number, number][] {
  return [0, 0.5, 1].flatMap(fx => [0, 0.5, 1].map((fy): [number, number] => [b.x + fx * b.w, b.y + fy * b.h]))
}

/** Whether every sample point of a box lies over `country` or the sea: a label there cannot be read as elsewhere. */
export function onOwnSide(b: Box, country: string, countryAt: (x: number, y: number) => string | undefined): boolean {
  return samplePoints(b).every(([x, y]) => {
    const under = countryAt(x, y)
    return under === undefined || under === country
  })
}

const DIRECTIONS: [number, number][] = [
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
  taken: Box[],
  countryAt: (x: number, y: number) => string | undefined,
  /** other pins: a place's label must sit nearer its own pin than any of these, or it reads as theirs */
  pins: [number, number][] = [],
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
      const box = boxOf(cx, cy, o.w, o.h)
      first ??= box
      if (!inside(box, frame) || taken.some(t => overlaps(t, box, 2)))
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

/** A place's label, one line for the place and one for what lies inside it (the embassy in the Green Zone). */
function siteLines(place: Place, places: Place[]): string[] {
  const parts = places.filter(p => p.partOf === place.id).map(p => p.name)
  return parts.length ? [place.name, parts.join(', ')] : [place.name]
}

/** The relations the map draws: force used somewhere, and backing between two actors on the ground. */
export function mapRelations(facts: Facts, showAfter: boolean): Relation[] {
  const onMap = (id?: string) => {
    const a = facts.actors.find(x => x.id === id)
    return a !== undefined && 'place' in a.anchor
  }
  return facts.relations.filter(r => (showAfter || !r.afterArticle)
    && ((r.kind === 'attacks' && r.place !== undefined) || (r.kind === 'backs' && onMap(r.from) && onMap(r.to))))
}

function layoutSites(facts: Facts, attacks: Event[], relations: Relation[], point: (lon: number, lat: number) => [number, number]) {
  const sites: Site[] = []
  for (const place of facts.places) {
    if (place.partOf)
      continue
    const a = attacks.findIndex(e => e.place === place.id)
    const r = relations.findIndex(x => x.place === place.id)
    const ground = place.kind === 'city' || place.kind === 'capital'
    const step = a >= 0 ? a + 1 : r >= 0 ? attacks.length + 1 + r : ground ? 0 : undefined
    if (step === undefined)
      continue
    const [x, y] = point(place.lon, place.lat)
    const event = a >= 0 ? attacks[a] : undefined
    sites.push({
      place,
      x,
      y,
      r: event ? PIN.attack : PIN.place,
      step,
      event,
      number: event ? a + 1 : undefined,
      label: siteLines(place, facts.places).join(' · '),
    })
  }
  return sites
}

function badgeSize(text: string) {
  return { w: textWidth(text, MAP_FONT.badge, true) + 30, h: 24 }
}

/** The key's line for attacks with no confirmed claim: "Attacks 2 and 3: no confirmed claim, no arrow". */
export function unclaimedText(numbers: number[]): string {
  return `Attack${numbers.length > 1 ? 's' : ''} ${numbers.join(' and ')}: no confirmed claim, no arrow`
}

const layouts = new WeakMap<Facts, WeakMap<Topology, Map<string, MapLayout>>>()

/**
 * Everything the locator map draws, with the click at which each thing appears: made once for the same facts, ground
 * and options, as the click export mounts the same map at every step.
 */
export function layoutActorMap(facts: Facts, geo: Topology, size = MAP_SIZE, showAfter = true, withNote = false): MapLayout {
  const byGeo = layouts.get(facts) ?? new WeakMap<Topology, Map<string, MapLayout>>()
  layouts.set(facts, byGeo)
  const made = byGeo.get(geo) ?? new Map<string, MapLayout>()
  byGeo.set(geo, made)
  const key = `${size.width}x${size.height}|${showAfter}|${withNote}`
  if (!made.has(key))
    made.set(key, makeActorMap(facts, geo, size, showAfter, withNote))
  return made.get(key)!
}

function makeActorMap(facts: Facts, geo: Topology, size: typeof MAP_SIZE, showAfter: boolean, withNote: boolean) {
  const frame: Box = { x: 0, y: STRIP.height + STRIP.gap, w: size.width, h: size.height - STRIP.height - STRIP.gap }
  const strip: Box = { x: 0, y: 0, w: size.width, h: STRIP.height }
  const inset: Box = { x: frame.x + INSET.margin, y: frame.y + frame.h - INSET.h - INSET.margin, w: INSET.w, h: INSET.h }
  const { projection, point, countries, countryAt } = layoutGround(geo, frame)

  const attacks = timelineEvents(facts.events, showAfter).filter(e => e.kind === 'attack')
  // An arrow from an actor to an attack says who did it: drawn only on a claim made that week. A blame that came after
  // the article (the Pentagon's, with its strikes) does not draw the week's figure. The others are keyed as unclaimed.
  const attributed = attacks.filter(e => e.claimant === e.actor)
  const unclaimed = attacks.filter(e => !attributed.includes(e))
  /** an attack's click, and its number on the map */
  const stepOf = (e: Event) => attacks.indexOf(e) + 1
  const relations = mapRelations(facts, showAfter)
  const relationStep = (r: Relation) => attacks.length + 1 + relations.indexOf(r)
  const sites = layoutSites(facts, attacks, relations, point)
  const siteOf = (id: string) => sites.find(s => s.place.id === id)!
  const placeOf = (id: string) => facts.places.find(p => p.id === id)!
  const taken: Box[] = sites.map(s => boxOf(s.x, s.y, 2 * s.r + 4, 2 * s.r + 4))
  const pins = sites.map((s): [number, number] => [s.x, s.y])

  // Furniture first, in corners the labels then avoid: the inset bottom left; scale bar, north and credit bottom right.
  // The scale bar sits over the south-east corner (the Gulf coast), where nothing of the story happens. A note takes
  // that corner above the credit, and the bar moves to its left: every place and badge stays where slide 5 has it.
  const credit = { text: 'Borders: Natural Earth', x: frame.x + frame.w - 8, y: frame.y + frame.h - 10 }
  const note = withNote
    ? { x: frame.x + frame.w - NOTE_BOX.w - NOTE_BOX.margin, y: frame.y + frame.h - NOTE_BOX.h - 30, w: NOTE_BOX.w, h: NOTE_BOX.h }
    : undefined
  const barY = frame.y + frame.h - 36
  const barEnd = note ? note.x - 60 : frame.x + frame.w
  const probe = scaleBar(projection, barEnd - 200, barY)
  const barAt = { x: barEnd - probe.px - 50, y: barY }
  const bar = { ...scaleBar(projection, barAt.x, barAt.y), ...barAt }
  const furniture: Box[] = [
    { x: inset.x - 4, y: inset.y - 4, w: inset.w + 8, h: inset.h + 8 },
    { x: bar.x - 4, y: bar.y - 28, w: bar.px + 48, h: 34 },
    { x: credit.x - textWidth(credit.text, MAP_FONT.small) - 4, y: credit.y - 16, w: textWidth(credit.text, MAP_FONT.small) + 8, h: 22 },
  ]
  if (note)
    furniture.push(note)
  // What the arrows mean, above the scale bar: who acted on whom, not where from; and why some pins have none.
  const keyNote = note
    ? undefined
    : (() => {
        // Each unclaimed attack joins the key with its own pin, so the key never names a pin not yet drawn.
        const unclaimedPins = unclaimed.map(e => ({ number: stepOf(e), step: stepOf(e) }))
        const arrowsLine = { text: 'Arrows: who acted on whom, not from where', step: 1 }
        const widest = [arrowsLine.text, ...(unclaimedPins.length ? [unclaimedText(unclaimedPins.map(u => u.number))] : [])]
        const w = Math.max(...widest.map(t => textWidth(t, MAP_FONT.key))) + 12
        const h = KEY_LINE * widest.length + 8
        return { arrowsLine, unclaimed: unclaimedPins, box: { x: frame.x + frame.w - 8 - w, y: bar.y - 34 - h, w, h } }
      })()
  if (keyNote)
    furniture.push(keyNote.box)
  taken.push(...furniture)

  // When an actor first appears: with its first arrow; an actor with none but a place of its own, from the start.
  const arrowSteps = new Map<string, number>()
  const seen = (id: string, step: number) => arrowSteps.set(id, Math.min(arrowSteps.get(id) ?? Infinity, step))
  attributed.forEach(e => seen(e.actor, stepOf(e)))
  relations.forEach((r) => {
    seen(r.from, relationStep(r))
    if (r.to)
      seen(r.to, relationStep(r))
  })

  // Actors off the map stack in the strip, each pointing toward its capital.
  const badges: Badge[] = []
  const offMap = facts.actors.filter(a => 'edge' in a.anchor)
  let stripX = textWidth('Off the map', MAP_FONT.small, true) + 18
  for (const a of offMap) {
    const { w, h } = badgeSize(a.short)
    const toward = (a.anchor as { toward: string }).toward
    badges.push({ actor: a, text: a.short, x: stripX + w / 2, y: strip.y + strip.h / 2, w, h, step: 0, inStrip: true, toward })
    stripX += w + textWidth(`← ${toward}`, MAP_FONT.small) + 30
  }
  // The attacks' dates, at the strip's right end, each with its number as the map draws it: the order of the numbers
  // on the map is then the order in time, and the handout reader needs no other slide to know it.
  const KEY_R = 11
  const dateKey = attacks.map((e, i) => ({ number: i + 1, text: formatDate(e.date), step: i + 1, x: 0, y: strip.h / 2, r: KEY_R }))
  let keyX = strip.x + strip.w - 4
  for (const k of [...dateKey].reverse()) {
    keyX -= textWidth(k.text, MAP_FONT.small) + 2 * KEY_R + 6
    k.x = keyX + KEY_R
    keyX -= 16
  }
  if (keyX < stripX)
    throw new Error(`layoutActorMap: the attacks' dates need ${Math.ceil(stripX - keyX)} px more in the strip`)

  // Where each arrow will run, before the badges it starts from are placed: from its actor's own place (or its badge in
  // the strip) to its target. Labels keep off these lines, so that no arrow has to cross a name to reach its pin.
  const startOf = (actorId: string): [number, number] | undefined => {
    const a = facts.actors.find(x => x.id === actorId)
    const inStrip = badges.find(b => b.actor.id === actorId)
    if (inStrip)
      return [inStrip.x, inStrip.y + inStrip.h / 2]
    return a && 'place' in a.anchor ? point(placeOf(a.anchor.place).lon, placeOf(a.anchor.place).lat) : undefined
  }
  // An actor at a place where nothing is attacked names that place itself ("Daesh · Tarmiyah"): one label, not two.
  const anchoredAt = (placeId: string) => facts.actors.find(a => 'place' in a.anchor && a.anchor.place === placeId)
  // Force used on such an actor there ends at its badge, whose leader marks the place: Tarmiyah's pin is hemmed in
  // between Balad's and the Green Zone's, where an arrow would have to run under their names.
  const atBadge = (r: Relation) => r.place !== undefined && r.to !== undefined && anchoredAt(r.place)?.id === r.to
  const routes = [
    ...attributed.map(e => ({ from: e.actor, to: e.place! })),
    ...relations.filter(r => r.place && !atBadge(r)).map(r => ({ from: r.from, to: r.place! })),
  ].flatMap(({ from, to }) => {
    const start = startOf(from)
    const site = siteOf(to)
    // Only the stretch between the two pins: a label may sit beside either end.
    return start ? [pointsAlong(start, [site.x, site.y]).slice(3, -3)] : []
  })
  const offRoutes = (box: Box) => !routes.some(r => anyIn(r, box))

  const labels: Label[] = []
  // Site labels, nearest first to their pins.
  const merged = (s: Site) => !s.event && anchoredAt(s.place.id) !== undefined
  for (const s of [...sites].sort((p, q) => Number(Boolean(q.event)) - Number(Boolean(p.event)))) {
    if (merged(s))
      continue
    const font = s.event ? MAP_FONT.site : MAP_FONT.place
    const text = siteLines(s.place, facts.places)
    const w = Math.max(...text.map(t => textWidth(t, font, Boolean(s.event))))
    const spot = placeBeside(
      { id: s.place.id, x: s.x, y: s.y, r: s.r, w, h: LINE * text.length, country: s.place.country },
      frame,
      taken,
      countryAt,
      pins,
      offRoutes,
    )
    taken.push(spot.box)
    labels.push({ id: `site:${s.place.id}`, text, box: spot.box, country: s.place.country, leader: spot.leader })
  }

  const badgeOf = (id: string) => badges.find(b => b.actor.id === id)
  const edgeOf = (b: Badge, tx: number, ty: number): [number, number] => {
    const dx = tx - b.x
    const dy = ty - b.y
    const s = Math.min(dx ? (b.w / 2 + 3) / Math.abs(dx) : Infinity, dy ? (b.h / 2 + 3) / Math.abs(dy) : Infinity)
    return [b.x + dx * s, b.y + dy * s]
  }
  // Actors on the map: beside their place, over their place's country.
  const onMap = facts.actors.filter(a => 'place' in a.anchor)
    .map(a => ({ a, site: sites.find(s => s.place.id === (a.anchor as { place: string }).place) }))
    .sort((p, q) => Number(q.site !== undefined && merged(q.site)) - Number(p.site !== undefined && merged(p.site)))
  for (const { a, site } of onMap) {
    const isMerged = site !== undefined && merged(site)
    const step = Math.min(arrowSteps.get(a.id) ?? 0, isMerged ? site.step : Infinity)
    const p = placeOf((a.anchor as { place: string }).place)
    const [x, y] = point(p.lon, p.lat)
    const text = isMerged ? `${a.short} · ${p.name}` : a.short
    const { w, h } = badgeSize(text)
    const targets = [
      ...attributed.filter(e => e.actor === a.id).map(e => siteOf(e.place!)),
      ...relations.filter(r => r.from === a.id && r.place).map(r => (atBadge(r) && badgeOf(r.to!)) || siteOf(r.place!)),
    ]
    const words = [...labels.map(l => l.box), ...badges.filter(b => !b.inStrip && !targets.includes(b)).map(b => boxOf(b.x, b.y, b.w, b.h))]
    const clearLines = (box: Box) => targets.every((t) => {
      // A line to a badge is judged up to that badge's edge.
      const end: [number, number] = 'actor' in t ? edgeOf(t, ...centre(box)) : [t.x, t.y]
      const line = pointsAlong(centre(box), end).slice(1, -1)
      return !words.some(l => anyIn(line, l, 0))
    })
    // Clear of every arrow's way and with clear lines of its own, if such a spot exists; else as near as the rules allow.
    // A badge that names its place ("Daesh · Tarmiyah") is that place's only label: a short leader ties it to its pin
    // as soon as it does not touch it, where a plain label would need to be farther off.
    const leaderBeyond = isMerged ? 6 : undefined
    const place = (rule?: (b: Box) => boolean) =>
      placeBeside({ id: a.id, x, y, r: site?.r ?? 6, w, h, country: p.country, leaderBeyond }, frame, taken, countryAt, pins, rule)
    // A leader back to the pin, where the badge sits that far from it, runs under no name either.
    const clearLeader = (b: Box) => {
      const line = pointsAlong([x, y], nearestOn(b, x, y)).filter(([px, py]) => Math.hypot(px - x, py - y) > (site?.r ?? 6) + 2)
      return !words.some(l => anyIn(line, l, 0))
    }
    let spot = place((b: Box) => offRoutes(b) && clearLines(b) && clearLeader(b))
    if (!spot.fits)
      spot = place(b => clearLines(b) && clearLeader(b))
    if (!spot.fits)
      spot = place(clearLines)
    if (!spot.fits)
      spot = place()
    taken.push(spot.box)
    const [bx, by] = centre(spot.box)
    // A group with no one base sits in its area: a leader would tie it to one pin, and to an attack it may not own.
    const near = 'near' in a.anchor && a.anchor.near
    badges.push({ actor: a, text, x: bx, y: by, w, h, step, inStrip: false, leader: near ? undefined : spot.leader })
  }

  const arrows: Arrow[] = []
  const obstacles = (skip: string[]) => [
    ...sites.filter(s => !skip.includes(`site:${s.place.id}`)).map(s => boxOf(s.x, s.y, 2 * s.r + 8, 2 * s.r + 8)),
    ...badges.filter(b => !skip.includes(`badge:${b.actor.id}`)).map(b => boxOf(b.x, b.y, b.w + 4, b.h + 4)),
    ...labels.map(l => l.box),
  ]
  const curve = (x0: number, y0: number, x1: number, y1: number, endGap: number, bend = 0.15) => {
    const len = Math.hypot(x1 - x0, y1 - y0) || 1
    const cx = (x0 + x1) / 2 + ((y1 - y0) / len) * len * bend
    const cy = (y0 + y1) / 2 - ((x1 - x0) / len) * len * bend
    // Stop short of the target so the head does not cover the pin.
    const ex = x1 - ((x1 - cx) / Math.hypot(x1 - cx, y1 - cy)) * endGap
    const ey = y1 - ((y1 - cy) / Math.hypot(x1 - cx, y1 - cy)) * endGap
    const f = (n: number) => n.toFixed(1)
    const at = (t: number): [number, number] => [
      (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * ex,
      (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * ey,
    ]
    return { d: `M${f(x0)},${f(y0)}Q${f(cx)},${f(cy)} ${f(ex)},${f(ey)}`, at, points: Array.from({ length: 41 }, (_, k) => at(k / 40)) }
  }
  /** The gentlest bend, to either side, whose curve clears every other pin and badge. */
  const clearCurve = (x0: number, y0: number, x1: number, y1: number, endGap: number, skip: string[]) => {
    const avoid = obstacles(skip)
    const bends = [0.12, -0.12, 0.25, -0.25, 0.4, -0.4, 0.55, -0.55]
    for (const bend of bends) {
      const c = curve(x0, y0, x1, y1, endGap, bend)
      const hits = Array.from({ length: 31 }, (_, k) => c.at(k / 30))
        .some(([x, y]) => avoid.some(o => x > o.x && x < o.x + o.w && y > o.y && y < o.y + o.h))
      if (!hits)
        return c
    }
    return curve(x0, y0, x1, y1, endGap, bends[0])
  }
  /** An arrow's label: beside the first point along the curve, from its middle outwards, where one fits. */
  const arrowLabel = (id: string, text: string[], { at, points }: ReturnType<typeof curve>, country?: string): Label => {
    const w = Math.max(...text.map(t => textWidth(t, MAP_FONT.arrow, true)))
    let spot: ReturnType<typeof placeBeside> | undefined
    for (const t of [0.5, 0.62, 0.38, 0.75, 0.25]) {
      const [x, y] = at(t)
      const tried = placeBeside({ id, x, y, r: 2, w, h: LINE * text.length, country }, frame, taken, countryAt, [], b => !anyIn(points, b))
      spot ??= tried
      if (tried.fits) {
        spot = tried
        break
      }
    }
    taken.push(spot!.box)
    return { id, text, box: spot!.box, country }
  }
  /** every arrow's line, as points */
  const drawn: [number, number][][] = []
  attributed.forEach((e) => {
    const from = badgeOf(e.actor)
    const site = siteOf(e.place!)
    if (!from)
      return
    const [x0, y0] = edgeOf(from, site.x, site.y)
    const c = clearCurve(x0, y0, site.x, site.y, site.r + 3, [`site:${site.place.id}`, `badge:${e.actor}`])
    drawn.push(c.points)
    arrows.push({
      id: `rockets:${e.id}`,
      kind: 'attacks',
      from: e.actor,
      colour: from.actor.colour,
      d: c.d,
      end: [site.x, site.y],
      step: stepOf(e),
      after: false,
      event: e,
      label: { id: `arrow:${e.id}`, text: [], box: { x: 0, y: 0, w: 0, h: 0 } },
    })
  })
  for (const r of relations) {
    const from = badgeOf(r.from)!
    const target = r.place && !atBadge(r) ? siteOf(r.place) : undefined
    const to = target ? undefined : badgeOf(r.to!)
    const [tx, ty] = target ? [target.x, target.y] : [to!.x, to!.y]
    const [x0, y0] = from.inStrip ? [from.x, from.y + from.h / 2 + 2] : edgeOf(from, tx, ty)
    const end = target ? [tx, ty] as [number, number] : edgeOf(to!, x0, y0)
    const skip = [`badge:${r.from}`, target ? `site:${target.place.id}` : `badge:${r.to}`]
    const c = clearCurve(x0, y0, end[0], end[1], target ? target.r + 3 : 2, skip)
    drawn.push(c.points)
    const lines = [
      ...wrap(r.label, 150, MAP_FONT.arrow, { bold: true }).map(t => ({ t, role: 'words' as const })),
      ...(r.claim ? wrap(`(${r.claim})`, 190, MAP_FONT.small) : []).map(t => ({ t, role: 'claim' as const })),
      ...(r.afterArticle ? [{ t: 'after the article', role: 'after' as const }] : []),
    ]
    const text = lines.map(l => l.t)
    const labelCountry = from.inStrip ? target?.place.country : placeOf((from.actor.anchor as { place: string }).place).country
    arrows.push({
      id: r.id,
      kind: r.kind,
      from: r.from,
      colour: from.actor.colour,
      d: c.d,
      end: target ? [tx, ty] : end,
      step: relationStep(r),
      after: r.afterArticle,
      relation: r,
      label: { ...arrowLabel(`arrow:${r.id}`, text, c, labelCountry), roles: lines.map(l => l.role) },
    })
  }

  // Leader lines run under names too (the Iraqi government's to Baghdad passes the Green Zone's): they get halos alike.
  const leaders = [...labels, ...badges]
    .flatMap(({ leader: l }) => (l ? [pointsAlong([l[0], l[1]], [l[2], l[3]], 40)] : []))
  for (const l of [...labels, ...arrows.map(a => a.label)])
    l.halo = [...drawn, ...leaders].some(line => anyIn(line, l.box, 1))

  // Country names are background: each takes the first spot near its centroid over itself and clear of every arrow, or
  // is left out.
  const countryLabels: Label[] = []
  for (const c of countries.filter(c => COUNTRY_LABELS.includes(c.name))) {
    const text = c.name.toUpperCase()
    const w = textWidth(text, MAP_FONT.country, true, 0.14) + 4
    const b = c.bounds
    const [cx, cy] = [b.x + b.w / 2, b.y + b.h / 2]
    // Candidates on a grid over the country's visible part, nearest its middle first.
    const grid = Array.from({ length: 21 }, (_, i) => (i - 10) * 18)
      .flatMap(dx => grid1.map(dy => [cx + dx * (b.w / 360), cy + dy] as const))
      .sort((p, q) => Math.hypot(p[0] - cx, p[1] - cy) - Math.hypot(q[0] - cx, q[1] - cy))
    const spot = grid
      .map(([x, y]) => boxOf(x, y, w, 18))
      .find(box => inside(box, frame)
        && !taken.some(t => overlaps(t, box, 2))
        && !drawn.some(line => anyIn(line, box, 4))
        && samplePoints(box).every(([x, y]) => countryAt(x, y) === c.name))
    if (!spot)
      continue
    taken.push(spot)
    countryLabels.push({ id: `country:${c.name}`, text: [text], box: spot, country: c.name })
  }

  const steps = attacks.length + relations.length
  return {
    frame,
    strip,
    dateKey,
    inset,
    note,
    keyNote,
    furniture,
    countries,
    countryLabels,
    sites,
    labels,
    badges,
    arrows,
    bar,
    credit,
    steps,
    projection,
    countryAt,
  }
}

export type MapLayout = ReturnType<typeof makeActorMap>

/** The locator inset: the wider Middle East's land, with the main map's frame drawn on it. */
export function layoutInset(inset: Topology, box: Box, frameCorners: [number, number][]) {
  const land = feature(inset, inset.objects.land) as unknown as Feature
  const projection = geoEquirectangular().fitExtent([[box.x, box.y], [box.x + box.w, box.y + box.h]], land)
  const path = geoPath(projection)
  const ring = frameCorners.map(c => projection(c) ?? [0, 0])
  return { d: path(land) ?? '', frame: `M${ring.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z` }
}
