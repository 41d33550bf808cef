// Phase 2, the sites: a pin for every place where something happened in the story, at its coordinates, and the
// capitals that are actors' seats. The attacks are numbered in the timeline's order and larger than any label.
import type { Event, Facts, Place } from '../../data'
import type { Box } from '../geometry'
import type { Projected, Site, SiteKind } from './model'
import { boxAt } from '../geometry'
import { formatDate, nightOf, timelineEvents } from '../timeline'
import { PIN } from './model'

/** The places inside a place (the embassy in the Green Zone), named on its label's second line. */
function partsOf(place: Place, places: Place[]): string[] {
  return places.filter(p => p.partOf === place.id).map(p => p.name)
}

/** The week's attacks, in the timeline's order: their numbers on the map are their numbers there. */
export function mapAttacks(facts: Facts): Event[] {
  return timelineEvents(facts.events, false).filter(e => e.kind === 'attack' && e.place !== undefined)
}

/** What a pin's label says under the place's name: what happened there, and when. */
function whatHappened(kind: SiteKind, event: Event | undefined, parts: string[]): string | undefined {
  if (!event)
    return undefined
  if (kind === 'attack')
    return [...parts, formatDate(event.date)].join(' · ')
  if (kind === 'raid')
    return `Iraqi raid on Daesh, ${formatDate(event.date)}`
  // Who struck, in words as well as in the pin's colour: on the border, the line breaks to fit Syria's side.
  return `US strikes, ${nightOf(event.date)}`
}

/** Every pin of the map: the attacks, the raid at Tarmiyah, the strike at Abu Kamal, and the actors' capitals. */
export function layoutSites(facts: Facts, point: Projected): Site[] {
  const attacks = mapAttacks(facts)
  const raid = facts.events.find(e => e.kind === 'raid' && e.place !== undefined)
  const strike = facts.events.find(e => e.kind === 'strike' && e.afterArticle && e.place !== undefined)
  const sites: Site[] = []
  for (const place of facts.places) {
    const attack = attacks.find(e => e.place === place.id)
    const event = attack ?? [raid, strike].find(e => e?.place === place.id)
    const kind: SiteKind | undefined = attack
      ? 'attack'
      : event ? (event === raid ? 'raid' : 'strike') : place.kind === 'capital' ? 'seat' : undefined
    if (!kind || place.partOf)
      continue
    const [x, y] = point(place.lon, place.lat)
    const second = whatHappened(kind, event, partsOf(place, facts.places))
    sites.push({
      kind,
      place,
      x,
      y,
      r: kind === 'attack' ? PIN.attack : kind === 'strike' ? PIN.strike : PIN.place,
      event,
      number: attack ? attacks.indexOf(attack) + 1 : undefined,
      lines: second ? [place.name, second] : [place.name],
    })
  }
  return sites.sort((a, b) => (a.number ?? 99) - (b.number ?? 99))
}

/** The room each pin takes, and each attack's disc where it was nudged: no label may cover either. */
export function pinBoxes(sites: Site[]): Box[] {
  return sites.flatMap(s => [s, ...(s.disc ? [s.disc] : [])].map(p => boxAt(p.x, p.y, 2 * s.r + 4, 2 * s.r + 4)))
}
