// The big number's small graphic for a span of months: one tick a month from the first event's month to the second's,
// the two events marked where they fell, so "13 months" is seen as a stretch of the calendar, not only read.
import type { Event } from '../data'
import { textWidth } from './labels'
import { dateParts, formatDate, wholeMonths } from './timeline'

export const STRIP_FONT = 18
const HEIGHT = 64
const AXIS_Y = 34
const MARK_GAP = 8

/** Day of an ISO date as a fraction of its month, for placing an event inside its month's slot. */
function inMonth(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number)
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return (d - 1) / days
}

export function layoutMonthStrip(from: Event, to: Event, width: number) {
  const [y0, m0] = from.date.split('-').map(Number)
  const [y1, m1] = to.date.split('-').map(Number)
  const count = (y1 - y0) * 12 + (m1 - m0) + 1
  const slot = width / count
  const months = Array.from({ length: count }, (_, i) => {
    const month = ((m0 - 1 + i) % 12) + 1
    const year = y0 + Math.floor((m0 - 1 + i) / 12)
    const name = dateParts(`${year}-${String(month).padStart(2, '0')}-01`).month
    // A year's name under its January and under the first month, so the strip reads without a key.
    const label = month === 1 || i === 0 ? `${name.slice(0, 3)} ${year}` : name[0]
    // Centred under its month, unless that would run past either end of the strip: then flush with the end.
    const half = textWidth(label, STRIP_FONT) / 2
    const centre = i * slot + slot / 2
    const place = centre - half < 0
      ? { tx: 0, anchor: 'start' as const }
      : centre + half > width ? { tx: width, anchor: 'end' as const } : { tx: centre, anchor: 'middle' as const }
    return { x: i * slot, w: slot, label, centre, ...place }
  })
  const at = (e: Event, i: number) => (i + inMonth(e.date)) * slot
  // Each end's tick names its day beside it, on the strip's inner side, so the dots are read as the two events.
  const marks = [
    { id: from.id, x: at(from, 0), anchor: 'start' as const, label: formatDate(from.date, { year: true }), dx: MARK_GAP },
    { id: to.id, x: at(to, count - 1), anchor: 'end' as const, label: formatDate(to.date, { year: true }), dx: -MARK_GAP },
  ]
  // Month labels a year's name wide are drawn only where they fit beside their neighbours.
  const shown = months.map(m => ({ ...m, fits: m.label.length === 1 || textWidth(m.label, STRIP_FONT) < slot * 2.6 }))
  return {
    width,
    height: HEIGHT,
    axisY: AXIS_Y,
    months: shown,
    marks,
    description: `A strip of ${count} months, ${formatDate(from.date, { year: true }).slice(-8)} to `
      + `${formatDate(to.date, { year: true }).slice(-8)}: ${from.title} on ${formatDate(from.date, { year: true })}, `
      + `${to.title} on ${formatDate(to.date, { year: true })}, ${wholeMonths(from.date, to.date)} whole months apart.`,
  }
}
