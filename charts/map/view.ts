// What the map shows at one click, and how it says it in words: the layout is made once, this runs at every step. A
// focused map (the Syria slide) draws only the focus's own arrows and keeps the rest of the story as quiet context.
import type { Topology } from 'topojson-specification'
import type { Facts } from '../../data'
import type { Box } from '../geometry'
import type { Arrow, Badge, DateKeyItem, Label, MapLayout, Site } from './model'
import { clampClicks } from '../steps'
import { formatDate } from '../timeline'
import { unclaimedText } from './furniture'
import { frameCorners, layoutInset } from './ground'
import { KEY_LINE } from './model'

export interface MapView {
  clicks: number
  /** the pins drawn, each with its label (none where a badge names the place) */
  sites: (Site & { words?: Label, quiet: boolean })[]
  stripBadges: (Badge & { quiet: boolean })[]
  dateKey: (DateKeyItem & { quiet: boolean })[]
  /** the key at this click: its lines, and its box as tall as they need; none before its first line */
  key?: { box: Box, lines: { text: string, x: number, y: number }[] }
  arrows: (Arrow & { current: boolean, quiet: boolean })[]
  /** badges' leaders, each only once the pin it points at is drawn */
  leaders: { id: string, line: [number, number, number, number] }[]
  /** the badges on the map, each with the country its place lies in */
  badges: (Badge & { quiet: boolean, country?: string })[]
  /** the alt text: what this step shows */
  description: string
  /** every place and arrow of the whole map, for screen readers, whatever the click */
  listing: { key: string, text: string }[]
}

/** The map at `clicks` (clamped: a PDF without clicks shows it all), brought to bear on the event `focus` if given. */
export function mapView(layout: MapLayout, facts: Facts, { clicks: asked, focus }: { clicks?: number, focus?: string }): MapView {
  const clicks = clampClicks(asked, layout.steps)
  const shown = <T extends { step: number }>(list: T[]) => list.filter(x => x.step <= clicks)
  const focused = facts.events.find(e => e.id === focus)
  const isFocus = (a: Arrow) =>
    !focused || a.event?.id === focused.id || (a.relation?.place !== undefined && a.relation.place === focused.place)
  // The focus event's own actor stays bright; the others quiet. The militias too: their badge sits in Iraq, and bright
  // there it would read as the target of a strike in Syria.
  const isQuiet = (b: Badge) => Boolean(focused) && focused!.actor !== b.actor.id
  const actorName = (id: string) => facts.actors.find(a => a.id === id)?.name ?? id
  const afterText = (a: Arrow) => (a.after ? ', after the article' : '')

  const sites = shown(layout.sites).map(s => ({
    ...s,
    words: layout.labels.find(l => l.id === `site:${s.place.id}`),
    quiet: Boolean(focused && focused.place !== s.place.id),
  }))
  const badges = shown(layout.badges)
  const k = layout.keyNote
  const unclaimed = k ? shown(k.unclaimed).map(u => u.number) : []
  const keyLines = k ? [...shown([k.arrowsLine]).map(l => l.text), ...(unclaimed.length ? [unclaimedText(unclaimed)] : [])] : []
  const arrows = shown(layout.arrows).filter(isFocus).map(a => ({ ...a, current: a.step === clicks, quiet: !isFocus(a) }))
  // A badge's leader points at its place only once the pin is there. A focused map has none: with its other arrows
  // gone, a grey line from an actor to an attack's pin would read as blame.
  const pinShown = (x: number, y: number) => sites.some(s => Math.abs(s.x - x) < 0.5 && Math.abs(s.y - y) < 0.5)
  const leaders = focused
    ? []
    : badges.flatMap(b => (b.leader && pinShown(b.leader[0], b.leader[1]) ? [{ id: b.actor.id, line: b.leader }] : []))
  const countryOf = (b: Badge) => 'place' in b.actor.anchor
    ? facts.places.find(p => p.id === (b.actor.anchor as { place: string }).place)?.country
    : undefined
  const description = [
    'Map of Iraq and its neighbours, north up.',
    ...sites.map(s => `${s.number ? `Attack ${s.number}, ${formatDate(s.event!.date)}: ` : ''}${s.label}, ${s.place.country}.`),
    ...arrows.map(a => a.relation
      ? `${actorName(a.from)} ${a.relation.label}${a.relation.claim ? ` (${a.relation.claim})` : ''}${afterText(a)}.`
      : `${actorName(a.from)}: rockets on ${a.event?.title}.`),
    ...keyLines.map(l => `${l}.`),
    `Scale bar ${layout.bar.km} km. Borders: Natural Earth.`,
  ].join(' ')
  const listing = [
    ...layout.sites.map(s => ({
      key: `site:${s.place.id}`,
      text: `${s.label} (${s.place.lat}, ${s.place.lon})${s.event ? `: ${s.event.title}, ${s.event.date}` : ''}`,
    })),
    ...layout.arrows.map(a => ({
      key: `arrow:${a.id}`,
      text: `${actorName(a.from)}: ${a.relation ? `${a.relation.label}. ${a.relation.note}` : `rockets on ${a.event?.title}`}`,
    })),
  ]
  return {
    clicks,
    sites,
    stripBadges: badges.filter(b => b.inStrip).map(b => ({ ...b, quiet: isQuiet(b) })),
    dateKey: shown(layout.dateKey).map(d => ({ ...d, quiet: Boolean(focused) })),
    key: k && keyLines.length
      ? {
          box: { ...k.box, h: KEY_LINE * keyLines.length + 8 },
          lines: keyLines.map((text, i) => ({ text, x: k.box.x + 6, y: k.box.y + 19 + i * KEY_LINE })),
        }
      : undefined,
    arrows,
    leaders,
    badges: badges.filter(b => !b.inStrip).map(b => ({ ...b, quiet: isQuiet(b), country: countryOf(b) })),
    description,
    listing,
  }
}

/** The inset's land and the main frame drawn on it. */
export function mapInset(layout: MapLayout, inset: Topology) {
  return layoutInset(inset, layout.inset, frameCorners(layout.frame, layout.projection))
}
