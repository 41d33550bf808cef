// Phase 3b, the enlargement. The raid at Tarmiyah lies between Balad and the Green Zone, all three within about 70 km:
// less than an attack's disc across at the map's scale. Any label there sits at a neighbour's height and reads as its
// caption, and a pin there pushes the discs off their places, so the raid is drawn only in an enlargement of the three,
// in the east panel the week's map leaves free, its dashed edge matching a dashed mark of the same ground on the map.
// Pins keep their size; only the distances between them grow, all by one factor, so the enlargement is as true as the map.
import type { GeoConicProjection } from 'd3-geo'
import type { Box, Pt } from '../geometry'
import type { CountryAt, Detail, ScaleBar, Site } from './model'
import { bounds, boxAt, dist } from '../geometry'
import { textWidth } from '../labels'
import { scaleBar } from '../projection'
import { placeSiteLabels } from './labels'
import { MAP_FONT } from './model'
import { pinBoxes } from './sites'

/** How near an attack's pin must be to the raid's to be drawn in the enlargement with it. */
const CROWD = 60
/** The room kept round each disc of the crowd inside the mark. */
const PAD = 5
/** Never more than this: beyond it the enlargement would show streets the data does not have. */
const MAX_SCALE = 5

/** The raid's pin and the attacks' pins crowded round it: what the map cannot label where they are. */
export function crowdedSites(sites: Site[]): Site[] {
  const raid = sites.find(s => s.kind === 'raid')
  if (!raid)
    return []
  const near = sites.filter(s => s.kind === 'attack' && dist([s.x, s.y], [raid.x, raid.y]) < CROWD)
  return near.length ? [...near, raid] : []
}

/**
 * The enlargement: the crowded sites at k times their distances on the map, each labelled by the map's own rule (beside
 * its pin, over its own country, nearest its own pin). The mark on the map is exactly the ground the box shows, k times
 * smaller, and k is the largest that keeps every disc of the crowd inside the mark; the pins sit as far right as that
 * allows, so that their names read from the left.
 */
export function layoutDetail(
  crowded: Site[],
  box: Box,
  ground: { projection: GeoConicProjection, countryAt: CountryAt },
): Detail | undefined {
  const { projection, countryAt } = ground
  if (!crowded.length)
    return undefined
  const discs = crowded.map(s => boxAt(s.x, s.y, 2 * (s.r + PAD), 2 * (s.r + PAD)))
  const left = Math.min(...discs.map(b => b.x))
  const top = Math.min(...discs.map(b => b.y))
  const right = Math.max(...discs.map(b => b.x + b.w))
  const bottom = Math.max(...discs.map(b => b.y + b.h))
  const k = Math.min(MAX_SCALE, box.h / (bottom - top), box.w / (right - left))
  const b = bounds(crowded.map(s => [s.x, s.y]))
  const centre: Pt = [b.x + b.w / 2, (top + bottom) / 2]
  const at: Pt = [box.x + box.w - (right - centre[0]) * k, box.y + box.h / 2]
  const toDetail = (x: number, y: number): Pt => [at[0] + (x - centre[0]) * k, at[1] + (y - centre[1]) * k]
  const toMap = (x: number, y: number): Pt => [centre[0] + (x - at[0]) / k, centre[1] + (y - at[1]) / k]
  const [mx, my] = toMap(box.x, box.y)
  const mark: Box = { x: mx, y: my, w: box.w / k, h: box.h / k }

  const sites: Site[] = [...crowded].sort((a, b) => a.y - b.y).map((s) => {
    const [x, y] = toDetail(s.x, s.y)
    // An attack is named here by its place alone: its date is on its label on the map, beside its number.
    return { ...s, x, y, disc: s.disc ? { x, y } : undefined, lines: s.kind === 'attack' ? [s.place.name] : s.lines }
  })
  // The title names the mark it enlarges: over Iran, a panel not tied to the map's dashed box read as more attacks there.
  const title = { text: `Dashed box, enlarged ${k.toFixed(1)}×`, x: box.x + 10, y: box.y + 24 }
  const titleBox: Box = { x: box.x, y: box.y, w: textWidth(title.text, MAP_FONT.place, { bold: true }) + 20, h: 32 }
  // The scale bar measured on the map at the crowd's latitude, then drawn k times longer.
  const measured = scaleBar(projection, centre[0], centre[1], 70 / k)
  const bar: ScaleBar = { km: measured.km, px: measured.px * k, x: box.x + 12, y: box.y + box.h - 8 }
  const barBox: Box = { x: box.x, y: bar.y - 20, w: bar.px + 24 + textWidth(`${bar.km} km`, MAP_FONT.furniture), h: 28 }
  const pins = sites.map((s): Pt => [s.x, s.y])
  const room = {
    frame: { x: box.x + 4, y: box.y + 4, w: box.w - 8, h: box.h - 8 },
    countryAt: (x: number, y: number) => countryAt(...toMap(x, y)),
    pins,
  }
  const taken = [titleBox, barBox, ...pinBoxes(sites)]
  const labels = placeSiteLabels(sites, room, taken)
  return {
    box,
    k,
    centre,
    at,
    mark,
    sites: sites.map(s => ({ ...s, words: { ...labels.find(l => l.id === `site:${s.place.id}`)!, id: `detail:${s.place.id}` } })),
    title,
    bar,
  }
}
