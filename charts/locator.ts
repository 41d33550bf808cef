// The cold open's small map: one attack's pin, numbered as on the big map, with its name over its own country, a scale
// and the credit. Pure layout: the component draws what this returns.
import type { Topology } from 'topojson-specification'
import type { Facts } from '../data'
import type { Box } from './geometry'
import { textWidth } from './labels'
import { layoutGround } from './map/ground'
import { placeBeside } from './map/labels'
import { scaleBar } from './projection'
import { formatDate, timelineEvents } from './timeline'

export const LOCATOR_SIZE = { width: 380, height: 190 }
export const LOCATOR_FONT = { label: 16, small: 14 }
const PIN_R = 11
const LINE = 19

export function layoutLocator(facts: Facts, geo: Topology, eventId: string, size = LOCATOR_SIZE) {
  const frame: Box = { x: 0, y: 0, w: size.width, h: size.height }
  const { projection, point, countries, countryAt } = layoutGround(geo, frame)
  const attacks = timelineEvents(facts.events).filter(e => e.kind === 'attack')
  const event = attacks.find(e => e.id === eventId)
  if (!event?.place)
    throw new Error(`layoutLocator: no attack "${eventId}" with a place in data/events.ts`)
  const place = facts.places.find(p => p.id === event.place)!
  const [x, y] = point(place.lon, place.lat)
  const credit = { text: 'Borders: Natural Earth', x: frame.w - 6, y: frame.h - 6 }
  const bar = { ...scaleBar(projection, frame.w - 150, frame.h - 30, 80), x: frame.w - 150, y: frame.h - 30 }
  const creditW = textWidth(credit.text, LOCATOR_FONT.small)
  const furniture: Box[] = [
    { x: credit.x - creditW - 2, y: credit.y - 14, w: creditW + 4, h: 18 },
    { x: bar.x - 4, y: bar.y - 28, w: bar.px + 48, h: 34 },
  ]
  // A word a line: a small map near a border has little room over the place's own country.
  const lines = place.name.split(' ')
  const w = Math.max(...lines.map(l => textWidth(l, LOCATOR_FONT.label, true)))
  const label = placeBeside(
    { id: place.id, x, y, r: PIN_R, w, h: LINE * lines.length, country: place.country },
    frame,
    [...furniture, { x: x - PIN_R, y: y - PIN_R, w: 2 * PIN_R, h: 2 * PIN_R }],
    countryAt,
  )
  if (!label.fits)
    throw new Error(`layoutLocator: no room for "${place.name}" over ${place.country}`)
  const number = attacks.indexOf(event) + 1
  return {
    size,
    frame,
    countries,
    pin: { x, y, r: PIN_R, number },
    label: { lines, box: label.box, country: place.country, leader: label.leader },
    event,
    place,
    bar,
    credit,
    /** the alt text: which attack, where and when */
    description: `Map of Iraq and its neighbours, north up. Attack ${number}, ${formatDate(event.date)}: ${place.name}, `
      + `${place.country}. Scale bar ${bar.km} km. Borders: Natural Earth.`,
  }
}

export type LocatorLayout = ReturnType<typeof layoutLocator>
