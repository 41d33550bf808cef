// Phase 7, the enlargement. The raid at Tarmiyah lies between Balad and the Green Zone, all three within about 70 km:
// less than an attack's disc across at the map's scale. Any label there sits at a neighbour's height and reads as its
// caption, so the three are drawn again, enlarged, in the east panel the week's map leaves free, with a box round them
// on the map and two lines from it to the enlargement. Pins keep their size; only the distances between them grow,
// all by the same factor, so the enlargement is as true as the map.
import type { GeoProjection } from 'd3-geo'
import type { Box, Pt } from '../geometry'
import type { CountryAt, Detail, ScaleBar, Site } from './model'
import { bounds, boxAt, dist } from '../geometry'
import { textWidth } from '../labels'
import { scaleBar } from '../projection'
import { placeSiteLabels } from './labels'
import { MAP_FONT, PIN } from './model'

/** How near an attack's pin must be to the raid's to be drawn in the enlargement with it. */
const CROWD = 60
/** The room kept inside the enlargement's edge, and round the pins in the mark on the map. */
const PAD = 12
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

/** The box round the crowded pins on the map, their discs included, which every label keeps off. */
export function detailMark(crowded: Site[]): Box | undefined {
  if (!crowded.length)
    return undefined
  const drawn = crowded.flatMap(s => [s, s.disc ?? s].map(p => boxAt(p.x, p.y, 2 * s.r + PAD / 2, 2 * s.r + PAD / 2)))
  const x = Math.min(...drawn.map(b => b.x))
  const y = Math.min(...drawn.map(b => b.y))
  return { x, y, w: Math.max(...drawn.map(b => b.x + b.w)) - x, h: Math.max(...drawn.map(b => b.y + b.h)) - y }
}

/** Points along the mark's edge and the connectors, for the labels to keep off. */
export function detailLines(mark: Box, box: Box): Pt[][] {
  const { x, y, w, h } = mark
  const corners: Pt[] = [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]
  const along = (a: Pt, b: Pt) => Array.from({ length: 25 }, (_, i): Pt => [a[0] + (b[0] - a[0]) * i / 24, a[1] + (b[1] - a[1]) * i / 24])
  return [
    corners.slice(1).flatMap((c, i) => along(corners[i], c)),
    ...connectors(mark, box).map(([x1, y1, x2, y2]) => along([x1, y1], [x2, y2])),
  ]
}

/** From the mark's two corners facing the enlargement to the enlargement's two corners facing the mark. */
function connectors(mark: Box, box: Box): [number, number, number, number][] {
  const east = box.x > mark.x + mark.w
  const from = east ? mark.x + mark.w : mark.x
  const to = east ? box.x : box.x + box.w
  return [[from, mark.y, to, box.y], [from, mark.y + mark.h, to, box.y + box.h]]
}

/**
 * The enlargement: the crowded sites at k times their distances on the map, pins at the right so that their names
 * read from the left, each labelled by the map's own rule (beside its pin, over its own country, nearest its own pin).
 */
export function layoutDetail(crowded: Site[], box: Box, projection: GeoProjection, countryAt: CountryAt): Detail | undefined {
  const mark = detailMark(crowded)
  if (!mark)
    return undefined
  const b = bounds(crowded.map(s => [s.x, s.y]))
  const edge = PIN.attack + PAD
  // The foot of the box names it and carries its scale, in one row under the pins.
  const foot = 36
  const k = Math.min(MAX_SCALE, (box.h - foot - 2 * edge) / Math.max(b.h, 1), (box.w - 2 * edge) / Math.max(b.w, 1))
  const centre: Pt = [b.x + b.w / 2, b.y + b.h / 2]
  const at: Pt = [box.x + box.w - edge - (b.w / 2) * k, box.y + (box.h - foot) / 2]
  const toDetail = (x: number, y: number): Pt => [at[0] + (x - centre[0]) * k, at[1] + (y - centre[1]) * k]
  const toMap = (x: number, y: number): Pt => [centre[0] + (x - at[0]) / k, centre[1] + (y - at[1]) / k]

  const sites: Site[] = [...crowded].sort((a, b) => a.y - b.y).map((s) => {
    const [x, y] = toDetail(s.x, s.y)
    // An attack is named here by its place alone: its date is on its label on the map, beside its number.
    return { ...s, x, y, disc: s.disc ? { x, y } : undefined, lines: s.kind === 'attack' ? [s.place.name] : s.lines }
  })
  const baseline = box.y + box.h - 12
  const title = { text: 'Around Baghdad', x: box.x + 8, y: baseline }
  const titleW = textWidth(title.text, MAP_FONT.place, true)
  // The scale bar measured on the map at the crowd's latitude, then drawn k times longer.
  const measured = scaleBar(projection, centre[0], centre[1], 70 / k)
  const bar: ScaleBar = { km: measured.km, px: measured.px * k, x: title.x + titleW + 14, y: baseline - 4 }
  const footBox: Box = { x: box.x, y: box.y + box.h - foot, w: box.w, h: foot }
  const pins = sites.map((s): Pt => [s.x, s.y])
  const room = {
    frame: { x: box.x + 4, y: box.y + 4, w: box.w - 8, h: box.h - 8 },
    countryAt: (x: number, y: number) => countryAt(...toMap(x, y)),
    pins,
  }
  const taken = [footBox, ...sites.map(s => boxAt(s.x, s.y, 2 * s.r + 4, 2 * s.r + 4))]
  const labels = placeSiteLabels(sites, room, taken, [])
  return {
    box,
    k,
    centre,
    at,
    mark,
    connectors: connectors(mark, box),
    sites: sites.map(s => ({ ...s, words: { ...labels.find(l => l.id === `site:${s.place.id}`)!, id: `detail:${s.place.id}` } })),
    title,
    bar,
  }
}
