// Phase 3, the sites: a pin for every place the story reaches, at its coordinates; the attacks numbered in the
// timeline's order and larger than the places around them.
import type { Facts, Place } from '../../data'
import type { Box } from '../geometry'
import type { Projected, Site } from './model'
import type { Story } from './story'
import { boxAt } from '../geometry'
import { PIN } from './model'

/** A place's label, one line for the place and one for what lies inside it (the embassy in the Green Zone). */
export function siteLines(place: Place, places: Place[]): string[] {
  const parts = places.filter(p => p.partOf === place.id).map(p => p.name)
  return parts.length ? [place.name, parts.join(', ')] : [place.name]
}

/** Each place's pin and its click: an attack at its own, a relation's place at the relation's, cities from the start. */
export function layoutSites(facts: Facts, story: Story, point: Projected): Site[] {
  const { attacks, relations } = story
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

/** The room each pin takes: no label may cover it. */
export function pinBoxes(sites: Site[]): Box[] {
  return sites.map(s => boxAt(s.x, s.y, 2 * s.r + 4, 2 * s.r + 4))
}
