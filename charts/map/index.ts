// The locator map, laid out without the DOM: countries, pins, actors where they are, the geographic relations as
// arrows, and every label placed on its own country's side of every border. `makeActorMap` is the algorithm's table
// of contents: each phase takes what it needs, returns plain data, and adds the boxes it took to what the next avoids.
import type { Topology } from 'topojson-specification'
import type { Facts } from '../../data'
import type { Box, Pt } from '../geometry'
import type { MapLayout, MapOptions, Room } from './model'
import { drawArrows, plannedRoutes } from './arrows'
import { placeMapBadges } from './badges'
import { layoutFurniture } from './furniture'
import { layoutGround, mapAreas } from './ground'
import { placeCountryLabels, placeSiteLabels, setHalos } from './labels'
import { MAP_SIZE } from './model'
import { layoutSites, pinBoxes } from './sites'
import { tellStory } from './story'
import { layoutDateKey, stripBadges } from './strip'

export { unclaimedText } from './furniture'
export { layoutGround, layoutInset } from './ground'
export { onOwnSide, placeBeside, samplePoints } from './labels'
export * from './model'
export { mapRelations } from './story'
export { mapInset, mapView } from './view'
export type { MapView } from './view'

const layouts = new WeakMap<Facts, WeakMap<Topology, Map<string, MapLayout>>>()

/**
 * Everything the locator map draws, with the click at which each thing appears: made once for the same facts, ground
 * and options, as the click export mounts the same map at every step.
 */
export function layoutActorMap(
  facts: Facts,
  geo: Topology,
  options: MapOptions = {},
): MapLayout {
  const full = { size: options.size ?? MAP_SIZE, showAfter: options.showAfter ?? true, withNote: options.withNote ?? false }
  const byGeo = layouts.get(facts) ?? new WeakMap<Topology, Map<string, MapLayout>>()
  layouts.set(facts, byGeo)
  const made = byGeo.get(geo) ?? new Map<string, MapLayout>()
  byGeo.set(geo, made)
  const key = `${full.size.width}x${full.size.height}|${full.showAfter}|${full.withNote}`
  if (!made.has(key))
    made.set(key, makeActorMap(facts, geo, full))
  return made.get(key)!
}

function makeActorMap(facts: Facts, geo: Topology, { size, showAfter, withNote }: Required<MapOptions>): MapLayout {
  // 1–3. The ground, what the story tells at which click, and a pin for every place it reaches.
  const { frame, strip, inset } = mapAreas(size)
  const { projection, point, countries, countryAt } = layoutGround(geo, frame)
  const story = tellStory(facts, showAfter)
  const sites = layoutSites(facts, story, point)
  const room: Room = { frame, countryAt, pins: sites.map((s): Pt => [s.x, s.y]) }
  const taken: Box[] = pinBoxes(sites)

  // 4. Furniture first, in corners the labels then avoid.
  const unclaimed = story.unclaimed.map(story.stepOf)
  const { credit, note, bar, keyNote, boxes: furniture } = layoutFurniture(frame, inset, projection, withNote, unclaimed)
  taken.push(...furniture)

  // 5. The strip: off-map actors, then the attacks' dates where they end.
  const stripped = stripBadges(facts.actors, strip)
  const dateKey = layoutDateKey(story.attacks, strip, stripped.end)

  // 6. Places' names, off the arrows' routes, planned before the badges the arrows start from are placed.
  const routes = plannedRoutes(facts, story, sites, stripped.badges, point)
  const labels = placeSiteLabels(facts, story, sites, room, taken, routes)
  taken.push(...labels.map(l => l.box))

  // 7. Actors on the map, beside their places.
  const onMap = placeMapBadges({ facts, story, sites, stripped: stripped.badges, labels, room, taken, routes, point })
  taken.push(...onMap.boxes)
  const badges = [...stripped.badges, ...onMap.badges]

  // 8. Arrows and their words, then halos where any line runs under words.
  const { arrows, drawn, boxes: words } = drawArrows({ story, sites, badges, labels, room, taken })
  taken.push(...words)
  setHalos(labels, badges, arrows.map(a => a.label), drawn)

  // 9. Countries' names last: background, in whatever room is left.
  const countryLabels = placeCountryLabels(countries, room, taken, drawn)
  const steps = story.attacks.length + story.relations.length
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
