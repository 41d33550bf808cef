// The locator map's vocabulary: its sizes and fonts, the things it draws, and the small box helpers every phase shares.
// Everything here sits below the phases (ground, sites, labels, badges, arrows, strip): none of them imports upward.
import type { GeoProjection } from 'd3-geo'
import type { Feature, Geometry } from 'geojson'
import type { Actor, Event, Place, Relation } from '../../data'
import type { Box, Pt } from '../geometry'
import { arrowhead } from '../geometry'
import { textWidth } from '../labels'

/** The figure's size in SVG units; the component and the tests lay it out at this size. */
export const MAP_SIZE = { width: 884, height: 432 }
/** Actors with no place on the map (Washington, the European capitals) sit in this strip above the frame. */
export const STRIP = { height: 36, gap: 6 }
/** The locator inset, in the frame's bottom-left corner (Sinai and the Hejaz: nothing of the story there). */
export const INSET = { w: 132, h: 100, margin: 8 }
/** A corner kept free for a note over the map (the Syria slide's death tolls): bottom right, over the Gulf. */
export const NOTE_BOX = { w: 300, h: 174, margin: 8 }
export const MAP_FONT = { site: 16, place: 15, badge: 16, arrow: 15, country: 14, small: 14, key: 15 }
export const PIN = { attack: 12, place: 5 }
/** A label's line height. */
export const LINE = 20
export const KEY_LINE = 20
/** The radius of an attack's number in the strip's date key. */
export const KEY_R = 11
/** The countries named on the ground, where a spot over their own land is free. */
export const COUNTRY_LABELS = ['Iraq', 'Iran', 'Syria', 'Turkey', 'Saudi Arabia', 'Jordan', 'Kuwait']
/**
 * The arrows' head: the one arrowhead, in the units of an SVG marker that each arrow's casing and line scale by their
 * stroke's width, so the casing's head outlines the coloured one.
 */
export const MARKER_HEAD = arrowhead([5, 0], [-5, 0], 10, 5, String).d
/** Force is drawn solid, words and backing dashed: the one dash pattern of the map's arrows. */
export const ARROW_DASH = '9 5'

export interface MapOptions {
  size?: { width: number, height: number }
  /** draw what came after the article (the strikes in Syria); the slides before it leave it out */
  showAfter?: boolean
  /** keep the bottom-right corner free for a note over the map, in place of the key */
  withNote?: boolean
}

export type CountryAt = (x: number, y: number) => string | undefined
/** A place's point on the map, from its longitude and latitude. */
export type Projected = (lon: number, lat: number) => Pt

export interface Country { id: string, name: string, d: string, feature: Feature<Geometry, { name: string }>, bounds: Box }
export interface Site { place: Place, x: number, y: number, r: number, step: number, event?: Event, number?: number, label: string }
export interface Badge {
  actor: Actor
  text: string
  x: number
  y: number
  w: number
  h: number
  step: number
  inStrip: boolean
  toward?: string
  leader?: [number, number, number, number]
}
export interface Label {
  id: string
  text: string[]
  /** what each line is: the relation's words, the claim behind it, or "after the article" */
  roles?: ('words' | 'claim' | 'after')[]
  box: Box
  country?: string
  leader?: [number, number, number, number]
  /** a white halo behind the words, only where a line runs under them: haloed text prints as outlines, not as text */
  halo?: boolean
}
export interface Arrow {
  id: string
  kind: Relation['kind']
  from: string
  colour: string
  d: string
  /** the stroke's dash pattern: none for force, `ARROW_DASH` for words and backing */
  dash?: string
  end: [number, number]
  step: number
  after: boolean
  label: Label
  relation?: Relation
  event?: Event
}
/** An attack's date in the strip, with its number drawn as on its pin. */
export interface DateKeyItem { number: number, text: string, step: number, x: number, y: number, r: number }
/** The key over the map: what arrows mean, and which attacks have no arrow, each from the click that draws its pin. */
export interface KeyNote {
  arrowsLine: { text: string, step: number }
  unclaimed: { number: number, step: number }[]
  box: Box
}
export interface ScaleBar { km: number, px: number, x: number, y: number }
export interface Credit { text: string, x: number, y: number }

/** Everything the locator map draws, with the click at which each thing appears. */
export interface MapLayout {
  frame: Box
  strip: Box
  dateKey: DateKeyItem[]
  inset: Box
  note?: Box
  keyNote?: KeyNote
  /** the corners' furniture (inset, scale bar, credit, note, key), kept clear of every label */
  furniture: Box[]
  countries: Country[]
  countryLabels: Label[]
  sites: Site[]
  labels: Label[]
  badges: Badge[]
  arrows: Arrow[]
  bar: ScaleBar
  credit: Credit
  steps: number
  projection: GeoProjection
  countryAt: CountryAt
}

/** What every placement asks of the map: its frame, the country under a pixel, and where the pins are. */
export interface Room { frame: Box, countryAt: CountryAt, pins: Pt[] }

export function badgeSize(text: string) {
  return { w: textWidth(text, MAP_FONT.badge, true) + 30, h: 24 }
}

/** Where the line from a badge's centre toward (tx, ty) leaves it, 3 units out: arrows start and end there. */
export function badgeEdge(b: Badge, tx: number, ty: number): Pt {
  const dx = tx - b.x
  const dy = ty - b.y
  const s = Math.min(dx ? (b.w / 2 + 3) / Math.abs(dx) : Infinity, dy ? (b.h / 2 + 3) / Math.abs(dy) : Infinity)
  return [b.x + dx * s, b.y + dy * s]
}
