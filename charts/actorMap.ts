import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { Topology } from 'topojson-specification'
import type { Actor, Event, Facts, Place, Relation } from '../data'
import type { Box, Placed } from './labels'
import { feature } from 'topojson-client'
import { overlaps, placeLabels, textWidth } from './labels'
import { makeProjection } from './projection'
import { timelineEvents } from './timeline'

export interface Site { place: Place, x: number, y: number, step: number, event?: Event, label: string }
export interface Badge { actor: Actor, x: number, y: number, w: number, h: number, step: number, ax?: number, ay?: number }
export interface Arrow { relation: Relation, d: string, lx: number, ly: number, lw: number, step: number }
export interface CountryLabel { id: string, name: string, x: number, y: number }

const BADGE_FONT = 14
const SITE_FONT = 14
const ARROW_FONT = 13
const COUNTRY_FONT = 13
const LABELLED = ['Iraq', 'Iran', 'Syria', 'Turkey', 'Saudi Arabia', 'Jordan', 'Kuwait']

/** A point of the quadratic Bézier curve from (x0, y0) to (x1, y1) through control (cx, cy). */
export function quad(x0: number, y0: number, cx: number, cy: number, x1: number, y1: number, t: number): [number, number] {
  return [(1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1, (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1]
}

function boxAround(x: number, y: number, w: number, h: number): Box {
  return { x: x - w / 2, y: y - h / 2, w, h }
}

export function arrowText(r: Relation): string {
  return r.afterArticle ? `${r.label} (after)` : r.label
}

function siteLabel(place: Place, places: Place[]): string {
  const parts = places.filter(p => p.partOf === place.id).map(p => p.name)
  return parts.length ? `${place.name} · ${parts.join(', ')}` : place.name
}

/** Where a straight line from the centre of box b toward (tx, ty) leaves the box. */
function edgePoint(b: Badge, tx: number, ty: number, pad = 3): [number, number] {
  const dx = tx - b.x
  const dy = ty - b.y
  const sx = dx === 0 ? Infinity : (b.w / 2 + pad) / Math.abs(dx)
  const sy = dy === 0 ? Infinity : (b.h / 2 + pad) / Math.abs(dy)
  const s = Math.min(sx, sy)
  return [b.x + dx * s, b.y + dy * s]
}

/** The map's drawing size in SVG units; the component and the tests lay it out at this size. */
export const MAP_SIZE = { width: 560, height: 400 }

export function layoutActorMap(facts: Facts, geo: Topology, width: number, height: number, showAfter = true) {
  const { path, point } = makeProjection(width, height)
  const fc = feature(geo, geo.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>
  const countries = fc.features.map((f: Feature<Geometry, { name: string }>) => {
    const [cx, cy] = path.centroid(f)
    return { id: String(f.id), name: f.properties.name, d: path(f) ?? '', cx, cy }
  })
  const frame: Box = { x: 0, y: 0, w: width, h: height }

  const attacks = timelineEvents(facts.events, showAfter).filter(e => e.kind === 'attack')
  const relations = facts.relations.filter(r => showAfter || !r.afterArticle)
  const relationStep = (i: number) => attacks.length + 1 + i
  const firstRelation = (test: (r: Relation) => boolean) => {
    const i = relations.findIndex(test)
    return i < 0 ? undefined : relationStep(i)
  }

  const actorStep = new Map(facts.actors.map(a => [a.id, firstRelation(r => r.from === a.id || r.to === a.id)]))
  const placeOf = (id: string) => facts.places.find(p => p.id === id)!

  const sites: Site[] = []
  for (const place of facts.places) {
    if (place.partOf)
      continue
    // A place appears with the first thing that happens there: an attack, then a relation; cities and
    // capitals with nothing of their own belong to the ground; the rest with the actor anchored there.
    const attackIndex = attacks.findIndex(e => e.place === place.id)
    const anchored = facts.actors.filter(a => 'place' in a.anchor && a.anchor.place === place.id)
    const step = attackIndex >= 0
      ? attackIndex + 1
      : firstRelation(r => r.place === place.id)
        ?? (place.kind === 'city' || place.kind === 'capital' ? 0 : Math.min(...anchored.map(a => actorStep.get(a.id) ?? Infinity)))
    if (!Number.isFinite(step))
      continue
    const [x, y] = point(place.lon, place.lat)
    sites.push({ place, x, y, step, event: attacks[attackIndex], label: siteLabel(place, facts.places) })
  }

  // Badges first, so the actors sit closest to their places; site labels then fit around them.
  const shown = facts.actors.filter(a => actorStep.get(a.id) !== undefined)
  const badgeSize = (a: Actor) => ({ w: textWidth(a.short, BADGE_FONT, true) + 34, h: 26 })
  const edgeBadges: Badge[] = shown.filter(a => 'edge' in a.anchor).map((a) => {
    const { w, h } = badgeSize(a)
    const edge = (a.anchor as { edge: string }).edge
    const y = edge === 'north-west' ? height * 0.1 : edge === 'south-west' ? height * 0.9 : height * 0.5
    return { actor: a, x: 8 + w / 2, y, w, h, step: actorStep.get(a.id)! }
  })
  const placed = shown.filter(a => 'place' in a.anchor)
  const anchors = placed.map((a) => {
    const p = placeOf((a.anchor as { place: string }).place)
    const [x, y] = point(p.lon, p.lat)
    return { id: a.id, x, y, r: 9, ...badgeSize(a) }
  })
  const siteBoxes = sites.map(s => ({ x: s.x - 7, y: s.y - 7, w: 14, h: 14 }))
  const edgeBoxes = edgeBadges.map(b => ({ x: b.x - b.w / 2, y: b.y - b.h / 2, w: b.w, h: b.h }))
  const badgePlaces = placeLabels(anchors, frame, [...siteBoxes, ...edgeBoxes], 14)
  const badges: Badge[] = [...edgeBadges, ...placed.map((a, i) => {
    const b = badgePlaces[i].box
    return { actor: a, x: b.x + b.w / 2, y: b.y + b.h / 2, w: b.w, h: b.h, step: actorStep.get(a.id)!, ax: anchors[i].x, ay: anchors[i].y }
  })]

  const badgeBoxes = badges.map(b => ({ x: b.x - b.w / 2, y: b.y - b.h / 2, w: b.w, h: b.h }))
  const siteLabels: Placed[] = placeLabels(
    sites.map(s => ({ id: s.place.id, x: s.x, y: s.y, r: 7, w: textWidth(s.label, SITE_FONT), h: 18 })),
    frame,
    badgeBoxes,
  )

  const taken: Box[] = [...badgeBoxes, ...siteBoxes, ...siteLabels.map(l => l.box)]
  const free = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height && !taken.some(t => overlaps(t, b, 1))
  const badgeOf = (id: string) => badges.find(b => b.actor.id === id)!
  const arrows: Arrow[] = relations.map((r, i) => {
    const a = badgeOf(r.from)
    const b = badgeOf(r.to)
    const w = textWidth(arrowText(r), ARROW_FONT, true)
    // Bend each arrow a little to its left, so that A→B and B→A run apart. Where that curve would cross
    // another badge, leave the map or find no free room for its label, take the nearest control point
    // on a grid that does better.
    const others = badges.filter(x => x !== a && x !== b).map(x => boxAround(x.x, x.y, x.w + 4, x.h + 4))
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1
    const bend = Math.min(60, len * 0.18)
    const px = (a.x + b.x) / 2 + ((b.y - a.y) / len) * bend
    const py = (a.y + b.y) / 2 - ((b.x - a.x) / len) * bend
    const curve = (cx: number, cy: number) => {
      const [x0, y0] = edgePoint(a, cx, cy)
      const [x1, y1] = edgePoint(b, cx, cy, 6)
      const at = (t: number) => quad(x0, y0, cx, cy, x1, y1, t)
      const hits = Array.from({ length: 41 }, (_, k) => at(k / 40))
        .filter(([x, y]) => x < 0 || y < 0 || x > width || y > height || others.some(o => x > o.x && x < o.x + o.w && y > o.y && y < o.y + o.h))
        .length
      // The label goes at the first point along the curve, or just beside it, where it hides nothing drawn.
      const spot = [0, -13, 13].flatMap(dy => [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map(t => at(t)).map(([x, y]): [number, number] => [x, y + dy])).find(([x, y]) => free(boxAround(x, y, w, 16)))
      return { cx, cy, x0, y0, x1, y1, spot: spot ?? at(0.5), cost: hits * 1e4 + (spot ? 0 : 5e3) + Math.hypot(cx - px, cy - py) }
    }
    const grid = [-200, -160, -120, -80, -40, 0, 40, 80, 120, 160, 200]
    const best = [curve(px, py), ...grid.flatMap(dx => grid.map(dy => curve(px + dx, py + dy)))]
      .reduce((m, c) => (c.cost < m.cost ? c : m))
    taken.push(boxAround(best.spot[0], best.spot[1], w, 16))
    const f = (n: number) => n.toFixed(1)
    return {
      relation: r,
      d: `M${f(best.x0)},${f(best.y0)}Q${f(best.cx)},${f(best.cy)} ${f(best.x1)},${f(best.y1)}`,
      lx: best.spot[0],
      ly: best.spot[1],
      lw: w,
      step: relationStep(i),
    }
  })

  // Country names are background: each takes the first free spot near its centroid, or is left out.
  const countryLabels: CountryLabel[] = []
  for (const c of countries.filter(c => LABELLED.includes(c.name) && Number.isFinite(c.cx))) {
    const w = textWidth(c.name.toUpperCase(), COUNTRY_FONT, true) * 1.15
    const spot = [[0, 0], [0, 40], [0, -40], [0, 80], [-50, 20], [50, 20], [0, 120]]
      .map(([dx, dy]) => [c.cx + dx, c.cy + dy])
      .find(([x, y]) => free(boxAround(x, y, w, 16)))
    if (!spot)
      continue
    taken.push(boxAround(spot[0], spot[1], w, 16))
    countryLabels.push({ id: c.id, name: c.name, x: spot[0], y: spot[1] })
  }

  return { countries, countryLabels, sites, siteLabels, badges, arrows, steps: attacks.length + relations.length }
}
