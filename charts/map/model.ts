// The map's vocabulary: its size and fonts, the things it draws, and the stages the deck shows it at. Everything here
// sits below the phases (ground, sites, discs, detail, labels, furniture): none of them imports upward.
import type { GeoConicProjection } from 'd3-geo'
import type { Feature, Geometry } from 'geojson'
import type { Event, Place } from '../../data'
import type { Box, Pt } from '../geometry'

/** The figure's size in SVG units, drawn one to one on the 980×552 canvas: the component and the tests use it. */
export const MAP_SIZE = { width: 884, height: 404 }
/**
 * The locator inset, in the frame's top-right corner, over the Caspian and Iran's north: nothing of the story there.
 * Bottom left, where it was, it hid Iraq's western corner.
 */
export const INSET = { w: 132, h: 100, margin: 8 }
/**
 * Two boxes kept free on every stage, so that no label moves between slides: east, over Iran's empty interior, for
 * the slide's point (the cold open's rockets); north-west, over Syria and Turkey, for the strike's callout beside
 * Abu Kamal.
 */
export const PANELS = {
  east: { x: 566, y: 132, w: 310, h: 196 },
  west: { x: 8, y: 6, w: 216, h: 120 },
}
/** Everything the audience reads on the map is at least 18 px on the canvas (STYLE.md), the attacks' names larger. */
export const MAP_FONT = { place: 18, country: 18, number: 20, furniture: 18 }
export const PIN = { attack: 15, place: 6, strike: 8 }
/** A label's line height. */
export const LINE = 23
/** The countries named on the ground, where a spot over their own land is free. */
export const COUNTRY_LABELS = ['Iraq', 'Iran', 'Syria', 'Turkey', 'Saudi Arabia', 'Jordan']

/**
 * What a slide shows of the one base map: the cold open's first attack, the week's three attacks click by click, the
 * answer in Syria with the week in grey, or the whole story at once for the cover.
 */
export type MapStage = 'erbil' | 'attacks' | 'answer' | 'cover'
export const MAP_STAGES: readonly MapStage[] = ['erbil', 'attacks', 'answer', 'cover']

export type CountryAt = (x: number, y: number) => string | undefined
/** A place's point on the map, from its longitude and latitude. */
export type Projected = (lon: number, lat: number) => Pt

export interface Country { id: string, name: string, d: string, feature: Feature<Geometry, { name: string }>, bounds: Box }

/**
 * A pin: an attack (numbered as on the timeline), the Iraqi raid, the US strike, or the capital that is an actor's
 * seat. Colour follows who acted (the raid Iraqi yellow, the strike US blue), and the label says it in words.
 */
export type SiteKind = 'attack' | 'raid' | 'strike' | 'seat'
export interface Site {
  kind: SiteKind
  place: Place
  x: number
  y: number
  r: number
  event?: Event
  /** the attack's number, as on the timeline */
  number?: number
  /** the label's lines: the place, then what happened there and when */
  lines: string[]
  /** where an attack's numbered disc is drawn: on its place, nudged where a neighbour's pin would be under it */
  disc?: { x: number, y: number }
}
export interface Label {
  id: string
  lines: string[]
  /** how many of the lines are the place's name (bold): more than one where it is set a word a line */
  nameLines: number
  box: Box
  country: string
  leader?: [number, number, number, number]
}
export interface ScaleBar { km: number, px: number, x: number, y: number }
export interface Credit { text: string, x: number, y: number }

/** The crowded pins drawn again, enlarged, in a panel of their own (charts/map/detail.ts). */
export interface Detail {
  /** where the enlargement is drawn: the east panel, free on the week's map */
  box: Box
  /** how many times the map's distances are enlarged */
  k: number
  /** the map's point drawn at the enlargement's `at` */
  centre: Pt
  at: Pt
  /** the ground the enlargement shows, marked on the map with the enlargement's own dashed edge */
  mark: Box
  /** the crowded sites, in the enlargement's own coordinates, each with its label there */
  sites: (Site & { words: Label })[]
  title: { text: string, x: number, y: number }
  bar: ScaleBar
}

/** The one base map every stage draws from: nothing in it depends on the stage, so nothing moves between slides. */
export interface MapLayout {
  frame: Box
  inset: Box
  panels: typeof PANELS
  /** the corners' furniture and the panels, kept clear of every label */
  furniture: Box[]
  countries: Country[]
  countryLabels: Label[]
  sites: Site[]
  labels: Label[]
  bar: ScaleBar
  credit: Credit
  projection: GeoConicProjection
  countryAt: CountryAt
  /** the crowded pins enlarged, where the map has any */
  detail?: Detail
}

/** What every placement asks of the map: its frame, the country under a pixel, and where the pins are. */
export interface Room { frame: Box, countryAt: CountryAt, pins: Pt[] }
