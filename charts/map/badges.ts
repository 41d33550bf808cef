// Phase 7, the badges of actors on the map: each beside its place, over its place's country, where its own arrows and
// its leader run under no name; a badge that names its place ("Daesh · Tarmiyah") first, as that place's only label.
import type { Actor, Facts } from '../../data'
import type { Box, Pt } from '../geometry'
import type { Badge, Label, Projected, Room, Site } from './model'
import type { Story } from './story'
import { anyIn, boxAt, centreOf, nearestOn, pointsAlong } from '../geometry'
import { offRoutes, placeBeside } from './labels'
import { badgeEdge, badgeSize } from './model'

interface Ask {
  facts: Facts
  story: Story
  sites: Site[]
  /** the off-map actors' badges, already in the strip */
  stripped: Badge[]
  /** the places' labels, already placed */
  labels: Label[]
  room: Room
  taken: readonly Box[]
  /** the planned arrows, as points: a badge keeps off them where it can */
  routes: Pt[][]
  point: Projected
}

/** The on-map actors' badges in the order they are placed, and the boxes they took, each from the next. */
export function placeMapBadges(ask: Ask): { badges: Badge[], boxes: Box[] } {
  const { facts, story, sites, stripped } = ask
  const took = [...ask.taken]
  const badges = [...stripped]
  const named = (s?: Site) => s !== undefined && story.merged(s)
  const onMap = facts.actors.filter(a => 'place' in a.anchor)
    .map(a => ({ a, site: sites.find(s => s.place.id === (a.anchor as { place: string }).place) }))
    .sort((p, q) => Number(named(q.site)) - Number(named(p.site)))
  for (const { a, site } of onMap) {
    const { badge, box } = placeBadge(ask, a, site, badges, took)
    took.push(box)
    badges.push(badge)
  }
  return { badges: badges.slice(stripped.length), boxes: took.slice(ask.taken.length) }
}

function placeBadge(ask: Ask, a: Actor, site: Site | undefined, badges: Badge[], taken: Box[]): { badge: Badge, box: Box } {
  const { story, sites, room } = ask
  const { attributed, relations, atBadge, placeOf } = story
  const siteOf = (id: string) => sites.find(s => s.place.id === id)!
  const badgeOf = (id: string) => badges.find(b => b.actor.id === id)
  const isMerged = site !== undefined && story.merged(site)
  const step = Math.min(story.firstStep.get(a.id) ?? 0, isMerged ? site.step : Infinity)
  const p = placeOf((a.anchor as { place: string }).place)
  const [x, y] = ask.point(p.lon, p.lat)
  const text = isMerged ? `${a.short} · ${p.name}` : a.short
  const { w, h } = badgeSize(text)
  const targets = [
    ...attributed.filter(e => e.actor === a.id).map(e => siteOf(e.place!)),
    ...relations.filter(r => r.from === a.id && r.place).map(r => (atBadge(r) && badgeOf(r.to!)) || siteOf(r.place!)),
  ]
  const words = [
    ...ask.labels.map(l => l.box),
    ...badges.filter(b => !b.inStrip && !targets.includes(b)).map(b => boxAt(b.x, b.y, b.w, b.h)),
  ]
  const clearLines = (box: Box) => targets.every((t) => {
    // A line to a badge is judged up to that badge's edge.
    const end: Pt = 'actor' in t ? badgeEdge(t, ...centreOf(box)) : [t.x, t.y]
    const line = pointsAlong(centreOf(box), end).slice(1, -1)
    return !words.some(l => anyIn(line, l, 0))
  })
  // A leader back to the pin, where the badge sits that far from it, runs under no name either.
  const clearLeader = (b: Box) => {
    const line = pointsAlong([x, y], nearestOn(b, x, y)).filter(([px, py]) => Math.hypot(px - x, py - y) > (site?.r ?? 6) + 2)
    return !words.some(l => anyIn(line, l, 0))
  }
  // Clear of every arrow's way and with clear lines of its own, if such a spot exists; else as near as the rules allow.
  // A badge that names its place is that place's only label: a short leader ties it to its pin as soon as it does not
  // touch it, where a plain label would need to be farther off.
  const leaderBeyond = isMerged ? 6 : undefined
  const clearOfRoutes = offRoutes(ask.routes)
  const rules: (((b: Box) => boolean) | undefined)[] = [
    b => clearOfRoutes(b) && clearLines(b) && clearLeader(b),
    b => clearLines(b) && clearLeader(b),
    clearLines,
    undefined,
  ]
  const want = { id: a.id, x, y, r: site?.r ?? 6, w, h, country: p.country, leaderBeyond }
  let spot: ReturnType<typeof placeBeside> | undefined
  for (const rule of rules) {
    spot = placeBeside(want, room.frame, taken, room.countryAt, room.pins, rule)
    if (spot.fits)
      break
  }
  const [bx, by] = centreOf(spot!.box)
  // A group with no one base sits in its area: a leader would tie it to one pin, and to an attack it may not own.
  const near = 'near' in a.anchor && a.anchor.near
  const badge = { actor: a, text, x: bx, y: by, w, h, step, inStrip: false, leader: near ? undefined : spot!.leader }
  return { badge, box: spot!.box }
}
