import type { Event } from '../data'

const DAY = 86_400_000

/** A representative hour for a part of the day, where the record gives no clock time. */
export const PART_OF_DAY_HOUR = { morning: 9, afternoon: 15, evening: 19, night: 23 } as const

/** Days since 1970-01-01 as a real number: the hour where the record gives one, its part of the day, else midday. */
export function dayOf(e: Pick<Event, 'date' | 'time'> & { partOfDay?: Event['partOfDay'] }): number {
  const [h, m] = e.time ? e.time.split(':').map(Number) : [e.partOfDay ? PART_OF_DAY_HOUR[e.partOfDay] : 12, 0]
  return Date.parse(`${e.date}T00:00:00Z`) / DAY + (h + m / 60) / 24
}

/** When in the day, in words: the clock time, the part of the day, or "hour unknown"; `short` keeps the first clause. */
export function whenInDay(e: Pick<Event, 'time' | 'timeNote' | 'partOfDay'>, { short = false } = {}): string {
  const full = e.timeNote ?? e.time ?? e.partOfDay ?? 'hour unknown'
  return short ? full.split(';')[0].split(': ')[0].trim() : full
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

/** ISO dates and ids are plain ASCII: compared by code unit, with no collator to load (see `dateParts`). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The timeline's events in click order: by time, attacks before context on the same day. */
export function timelineEvents(events: Event[], showAfter = true): Event[] {
  const rank = (e: Event) => (e.kind === 'attack' ? 0 : 1)
  return events
    .filter(e => !e.background && e.onTimeline && (showAfter || !e.afterArticle))
    .sort((a, b) => byCode(a.date, b.date) || rank(a) - rank(b) || dayOf(a) - dayOf(b) || byCode(a.id, b.id))
}

/** The axis runs from two days before the first event to two days after the last one. */
export function timelineDomain(events: Event[]): [number, number] {
  const days = events.map(e => Math.floor(dayOf(e)))
  return [Math.min(...days) - 2, Math.max(...days) + 3]
}

export function total(list: { count: number }[]): number {
  return list.reduce((n, c) => n + c.count, 0)
}

/** The dead who are also counted among the injured (wounded, died later): one person each, drawn once, as a death. */
export function diedOfWounds(killed: { count: number, amongInjured: boolean }[]): number {
  return total(killed.filter(c => c.amongInjured))
}

/**
 * An attack's toll in words, each person once and every open count said as open: "at least 11 injured", "2 dead, 1 of
 * them later, of wounds", "1 injured (disputed)". The card, the alt texts and the handout all say it this way.
 */
export function tollText(e: Pick<Event, 'injured' | 'killed'>): { injured: string, killed: string } {
  const later = diedOfWounds(e.killed)
  const hurt = total(e.injured) - later
  const atLeast = e.injured.some(c => c.atLeast) ? 'at least ' : ''
  const disputed = e.injured.length > 0 && e.injured.every(c => c.disputed) ? ' (disputed)' : ''
  return {
    injured: `${atLeast}${hurt} injured${disputed}`,
    killed: `${total(e.killed)} dead${later ? `, ${later} of them later, of wounds` : ''}`,
  }
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * A calendar date's parts in English, named here rather than by Intl: the same words on every machine, and no locale data
 * to load on the first date of the print view (measured: Intl's first use was the largest single cost in it).
 */
export function dateParts(date: string) {
  const d = new Date(`${date}T00:00:00Z`)
  return { day: d.getUTCDate(), weekday: WEEKDAYS[d.getUTCDay()], month: MONTHS[d.getUTCMonth()], year: d.getUTCFullYear() }
}

/** A whole number with commas between thousands, "2,500", written out for the same reason as `dateParts`. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(?:\d{3})+$)/g, ',')
}

/** "Mon 15 Feb 2021" and shorter forms. */
export function formatDate(date: string, opts: { weekday?: boolean, year?: boolean } = {}): string {
  const { day, weekday, month, year } = dateParts(date)
  return [opts.weekday ? weekday.slice(0, 3) : '', day, month.slice(0, 3), opts.year ? year : '']
    .filter(Boolean)
    .join(' ')
}

/** The two dates a night straddles, ending on `date`: "25–26 Feb". */
export function nightOf(date: string): string {
  return `${new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).getUTCDate()}–${formatDate(date)}`
}

/** Rockets over all attacks, with "about" when any count in it is an estimate. */
export function rocketTotal(attacks: Pick<Event, 'rockets' | 'rocketsApprox'>[]): { count: number, text: string } {
  const count = attacks.reduce((n, e) => n + (e.rockets ?? 0), 0)
  return { count, text: `${attacks.some(e => e.rocketsApprox) ? 'about ' : ''}${count} rockets` }
}

/** Whole calendar months from one ISO day to a later one: 3 Jan 2020 to 15 Feb 2021 is 13. */
export function wholeMonths(from: string, to: string): number {
  const [y0, m0, d0] = from.split('-').map(Number)
  const [y1, m1, d1] = to.split('-').map(Number)
  return (y1 - y0) * 12 + (m1 - m0) - (d1 < d0 ? 1 : 0)
}
