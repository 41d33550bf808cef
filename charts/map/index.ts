// The base map, laid out without the DOM: countries, a pin for each place where something happened, the crowded
// pins enlarged, and every label placed on its own country's side of every border. One layout serves every stage the deck
// shows (the cold open, the week's attacks, the answer in Syria, the cover), so only the story changes between them.
// `makePlaceMap` is the algorithm's table of contents: each phase takes what it needs, returns plain data, and adds
// the boxes it took to what the next avoids.
import type { Topology } from 'topojson-specification'
import type { Facts } from '../../data'
import type { Box, Pt } from '../geometry'
import type { MapLayout, Room } from './model'
import { crowdedSites, layoutDetail } from './detail'
import { placeDiscs } from './discs'
import { layoutFurniture } from './furniture'
import { layoutGround, mapAreas } from './ground'
import { placeCountryLabels, placeSiteLabels } from './labels'
import { MAP_SIZE, PANELS } from './model'
import { layoutSites, pinBoxes } from './sites'

export { layoutGround, layoutInset } from './ground'
export { onOwnSide, placeBeside, samplePoints } from './labels'
export * from './model'
export { mapAttacks } from './sites'
export { mapInset, mapView, stageSteps } from './view'
export type { MapView } from './view'

/** The map's layout, made afresh on every call (the deck keeps one copy: composables/layouts.ts). */
export function makePlaceMap(facts: Facts, geo: Topology): MapLayout {
  // 1–2. The ground, and a pin for every place where something happened.
  const { frame, inset } = mapAreas(MAP_SIZE)
  const { projection, point, countries, countryAt } = layoutGround(geo, frame)
  const sites = layoutSites(facts, point)

  // 3. The pins too crowded to draw where they are (the raid between Balad and the Green Zone) go to an enlargement of
  // their ground, and the attacks' numbered discs sit on their places, nudged only off a pin the map still draws.
  const crowded = crowdedSites(sites)
  const onMap = sites.filter(s => s.kind !== 'raid' || !crowded.includes(s))
  placeDiscs(onMap)
  const detail = layoutDetail(crowded, PANELS.east, { projection, countryAt })

  // 4. Furniture first, in corners the labels then avoid.
  const { credit, bar, boxes: furniture } = layoutFurniture(frame, inset, projection)
  const pins: Pt[] = onMap.map(s => [s.disc?.x ?? s.x, s.disc?.y ?? s.y])
  const room: Room = { frame, countryAt, pins }
  const taken: Box[] = [...furniture, ...pinBoxes(onMap), ...(detail ? [detail.mark] : [])]

  // 5. Places' names beside their pins; 6. countries' names in whatever room is left.
  const labels = placeSiteLabels(onMap, room, taken)
  taken.push(...labels.map(l => l.box))
  const countryLabels = placeCountryLabels(countries, room, taken)
  return { frame, inset, panels: PANELS, furniture, countries, countryLabels, sites, labels, bar, credit, projection, countryAt, detail }
}
