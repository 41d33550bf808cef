// Phase 8, the arrows: only geographic relations, each from its actor's badge to where the thing happened, bowed as
// little as clears every other pin and badge, its words beside its middle. Their routes are planned before the labels
// (`plannedRoutes`), so that no arrow has to cross a name to reach its pin.
import type { Facts } from '../../data'
import type { Box, Curve, Pt } from '../geometry'
import type { Arrow, Badge, Label, Projected, Room, Site } from './model'
import type { Story } from './story'
import { anyIn, bezier, boxAt, curvePath, pointIn, pointsAlong, samplePath } from '../geometry'
import { textWidth, wrap } from '../labels'
import { placeBeside } from './labels'
import { ARROW_DASH, badgeEdge, LINE, MAP_FONT } from './model'

/**
 * Where each arrow will run, before the badges it starts from are placed: from its actor's own place (or its badge in
 * the strip) to its target, only the stretch between the two pins, as a label may sit beside either end.
 */
export function plannedRoutes(facts: Facts, story: Story, sites: Site[], stripped: Badge[], point: Projected): Pt[][] {
  const { attributed, relations, atBadge, placeOf } = story
  const startOf = (actorId: string): Pt | undefined => {
    const a = facts.actors.find(x => x.id === actorId)
    const inStrip = stripped.find(b => b.actor.id === actorId)
    if (inStrip)
      return [inStrip.x, inStrip.y + inStrip.h / 2]
    return a && 'place' in a.anchor ? point(placeOf(a.anchor.place).lon, placeOf(a.anchor.place).lat) : undefined
  }
  return [
    ...attributed.map(e => ({ from: e.actor, to: e.place! })),
    ...relations.filter(r => r.place && !atBadge(r)).map(r => ({ from: r.from, to: r.place! })),
  ].flatMap(({ from, to }) => {
    const start = startOf(from)
    const site = sites.find(s => s.place.id === to)!
    return start ? [pointsAlong(start, [site.x, site.y]).slice(3, -3)] : []
  })
}

/** Bends tried, gentlest first, to either side: a fraction of the line's length. */
const BENDS = [0.12, -0.12, 0.25, -0.25, 0.4, -0.4, 0.55, -0.55]
/** Where along an arrow its words may sit, from the middle outwards. */
const LABEL_AT = [0.5, 0.62, 0.38, 0.75, 0.25]

interface Bow { d: string, at: (t: number) => Pt, points: Pt[] }

/** A curve from (x0, y0) toward (x1, y1), bowed by `bend` of its length, stopping `endGap` short so the head leaves the pin. */
function bow(x0: number, y0: number, x1: number, y1: number, endGap: number, bend: number): Bow {
  const len = Math.hypot(x1 - x0, y1 - y0) || 1
  const cx = (x0 + x1) / 2 + ((y1 - y0) / len) * len * bend
  const cy = (y0 + y1) / 2 - ((x1 - x0) / len) * len * bend
  const ex = x1 - ((x1 - cx) / Math.hypot(x1 - cx, y1 - cy)) * endGap
  const ey = y1 - ((y1 - cy) / Math.hypot(x1 - cx, y1 - cy)) * endGap
  const c: Curve = [[x0, y0], [cx, cy], [ex, ey]]
  return { d: curvePath(c), at: t => bezier(c, t), points: samplePath(c, 40) }
}

interface Ask {
  story: Story
  sites: Site[]
  /** every badge, in the strip and on the map */
  badges: Badge[]
  /** the places' labels */
  labels: Label[]
  room: Room
  taken: readonly Box[]
}

/** Every arrow with its words placed, each line as points (`drawn`), and the boxes the words took. */
export function drawArrows(ask: Ask): { arrows: Arrow[], drawn: Pt[][], boxes: Box[] } {
  const { story, sites, badges, labels, room } = ask
  const { attributed, relations, atBadge, placeOf, stepOf, relationStep } = story
  const taken = [...ask.taken]
  const siteOf = (id: string) => sites.find(s => s.place.id === id)!
  const badgeOf = (id: string) => badges.find(b => b.actor.id === id)
  const obstacles = (skip: string[]) => [
    ...sites.filter(s => !skip.includes(`site:${s.place.id}`)).map(s => boxAt(s.x, s.y, 2 * s.r + 8, 2 * s.r + 8)),
    ...badges.filter(b => !skip.includes(`badge:${b.actor.id}`)).map(b => boxAt(b.x, b.y, b.w + 4, b.h + 4)),
    ...labels.map(l => l.box),
  ]
  /** The gentlest bend, to either side, whose curve clears every other pin and badge. */
  const clearBow = (x0: number, y0: number, x1: number, y1: number, endGap: number, skip: string[]) => {
    const avoid = obstacles(skip)
    for (const bend of BENDS) {
      const c = bow(x0, y0, x1, y1, endGap, bend)
      const hits = Array.from({ length: 31 }, (_, k) => c.at(k / 30)).some(p => avoid.some(o => pointIn(p, o)))
      if (!hits)
        return c
    }
    return bow(x0, y0, x1, y1, endGap, BENDS[0])
  }
  /** An arrow's words: beside the first point along the curve, from its middle outwards, where they fit. */
  const wordsOf = (id: string, text: string[], { at, points }: Bow, country?: string): Label => {
    const w = Math.max(...text.map(t => textWidth(t, MAP_FONT.arrow, true)))
    let spot: ReturnType<typeof placeBeside> | undefined
    for (const t of LABEL_AT) {
      const [x, y] = at(t)
      const box = { id, x, y, r: 2, w, h: LINE * text.length, country }
      const tried = placeBeside(box, room.frame, taken, room.countryAt, [], b => !anyIn(points, b))
      spot ??= tried
      if (tried.fits) {
        spot = tried
        break
      }
    }
    taken.push(spot!.box)
    return { id, text, box: spot!.box, country }
  }

  const arrows: Arrow[] = []
  const drawn: Pt[][] = []
  for (const e of attributed) {
    const from = badgeOf(e.actor)
    const site = siteOf(e.place!)
    if (!from)
      continue
    const [x0, y0] = badgeEdge(from, site.x, site.y)
    const c = clearBow(x0, y0, site.x, site.y, site.r + 3, [`site:${site.place.id}`, `badge:${e.actor}`])
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
  }
  for (const r of relations) {
    const from = badgeOf(r.from)!
    const target = r.place && !atBadge(r) ? siteOf(r.place) : undefined
    const to = target ? undefined : badgeOf(r.to!)
    const [tx, ty] = target ? [target.x, target.y] : [to!.x, to!.y]
    const [x0, y0] = from.inStrip ? [from.x, from.y + from.h / 2 + 2] : badgeEdge(from, tx, ty)
    const end: Pt = target ? [tx, ty] : badgeEdge(to!, x0, y0)
    const skip = [`badge:${r.from}`, target ? `site:${target.place.id}` : `badge:${r.to}`]
    const c = clearBow(x0, y0, end[0], end[1], target ? target.r + 3 : 2, skip)
    drawn.push(c.points)
    const lines = [
      ...wrap(r.label, 150, MAP_FONT.arrow, { bold: true }).map(t => ({ t, role: 'words' as const })),
      ...(r.claim ? wrap(`(${r.claim})`, 190, MAP_FONT.small) : []).map(t => ({ t, role: 'claim' as const })),
      ...(r.afterArticle ? [{ t: 'after the article', role: 'after' as const }] : []),
    ]
    const labelCountry = from.inStrip ? target?.place.country : placeOf((from.actor.anchor as { place: string }).place).country
    arrows.push({
      id: r.id,
      kind: r.kind,
      from: r.from,
      colour: from.actor.colour,
      d: c.d,
      dash: r.kind === 'attacks' ? undefined : ARROW_DASH,
      end: target ? [tx, ty] : end,
      step: relationStep(r),
      after: r.afterArticle,
      relation: r,
      label: { ...wordsOf(`arrow:${r.id}`, lines.map(l => l.t), c, labelCountry), roles: lines.map(l => l.role) },
    })
  }
  return { arrows, drawn, boxes: taken.slice(ask.taken.length) }
}
