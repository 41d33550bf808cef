import type { Event } from '../data'

const DAY = 86_400_000

/** Days since 1970-01-01 as a real number: the hour where the record gives one, else midday. */
export function dayOf(e: Pick<Event, 'date' | 'time'>): number {
  const [h, m] = (e.time ?? '12:00').split(':').map(Number)
  return Date.parse(`${e.date}T00:00:00Z`) / DAY + (h + m / 60) / 24
}

/** The calendar date (YYYY-MM-DD) of a day number. */
export function isoOfDay(day: number): string {
  return new Date(Math.floor(day) * DAY).toISOString().slice(0, 10)
}

/** A linear scale from day numbers to x, with one tick at each midnight in the domain. */
export function dayScale(domain: [number, number], range: [number, number]) {
  const [d0, d1] = domain
  const [x0, x1] = range
  const x = (day: number) => x0 + ((day - d0) / (d1 - d0)) * (x1 - x0)
  const ticks = Array.from({ length: Math.floor(d1) - Math.ceil(d0) + 1 }, (_, i) => Math.ceil(d0) + i)
  return { x, ticks }
}

/** Whole calendar days from the first to the last attack, counting both ends' dates apart (15 → 22 Feb = 7). */
export function spanDays(attacks: Pick<Event, 'date'>[]): { first: string, last: string, days: number, calendarDays: number } {
  const dates = attacks.map(a => a.date).sort()
  const first = dates[0]
  const last = dates[dates.length - 1]
  const days = (Date.parse(last) - Date.parse(first)) / DAY
  return { first, last, days, calendarDays: days + 1 }
}

/** The timeline's events in click order: by time, attacks before context on the same day. */
export function timelineEvents(events: Event[], showAfter = true): Event[] {
  const rank = (e: Event) => (e.kind === 'attack' ? 0 : 1)
  return events
    .filter(e => !e.background && (showAfter || !e.afterArticle))
    .sort((a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b) || dayOf(a) - dayOf(b) || a.id.localeCompare(b.id))
}

/** The axis runs from two days before the first event to two days after the last one. */
export function timelineDomain(events: Event[]): [number, number] {
  const days = events.map(e => Math.floor(dayOf(e)))
  return [Math.min(...days) - 2, Math.max(...days) + 3]
}

export function total(list: { count: number }[]): number {
  return list.reduce((n, c) => n + c.count, 0)
}

const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function formatDate(date: string, opts: { weekday?: boolean, year?: boolean } = {}): string {
  const d = new Date(`${date}T00:00:00Z`)
  const parts = [opts.weekday ? WEEKDAY[d.getUTCDay()] : '', String(d.getUTCDate()), MONTH[d.getUTCMonth()], opts.year ? String(d.getUTCFullYear()) : '']
  return parts.filter(Boolean).join(' ')
}
