import type { InjectionKey } from 'vue'
import type { Facts } from '../data'
import { inject } from 'vue'
import { textWidth } from '../charts/labels'
import { dateParts, formatCount, formatDate, nightOf, rocketTotal, spanDays, total, wholeMonths } from '../charts/timeline'

export const FACTS: InjectionKey<Facts> = Symbol('facts')

type Keyed = 'events' | 'figures' | 'claims'
const FILE_OF: Record<Keyed, string> = { events: 'event', figures: 'figure', claims: 'claim' }
/** A finder a kind of record, so that each returns its own type with no cast. */
const FINDERS: { [K in Keyed]: (facts: Facts, id: string) => Facts[K][number] | undefined } = {
  events: (facts, id) => facts.events.find(x => x.id === id),
  figures: (facts, id) => facts.figures.find(x => x.id === id),
  claims: (facts, id) => facts.claims.find(x => x.id === id),
}

/** One record of data/ by its id, for a component that names it; a wrong id stops the slide, naming the component. */
export function recordOf<K extends Keyed>(facts: Facts, kind: K, id: string, who: string): Facts[K][number] {
  const found = FINDERS[kind](facts, id)
  if (!found)
    throw new Error(`<${who}>: no ${FILE_OF[kind]} "${id}" in data/${kind}.ts`)
  return found
}

export function useFacts(): Facts {
  const facts = inject(FACTS)
  if (!facts)
    throw new Error('useFacts: no facts provided (setup/main.ts provides them to the deck)')
  return facts
}

/**
 * Reads one figure a slide shows, by path:
 * `event:ID.rockets|injured|killed|date|day|dayYear|nightOf|nightOfYear|weekday|time|month` (`injured.N`: the N-th group of the injured),
 * `figure:ID` (`figure:ID.asOf`: the month it was true), `total:rockets` ("about 21"),
 * `span:attacks` (calendar days from first to last attack), `months:A.B` (whole months from event A to event B),
 * `since:latest` (the month of the newest change data/since.ts reports).
 */
/** Event fields that are dates or times: set in the text's own weight, since bold is for numbers and findings (STYLE.md). */
const DATE_FIELDS = new Set(['date', 'day', 'dayYear', 'nightOf', 'nightOfYear', 'weekday', 'time', 'month'])

/** Whether a fact's path names a date or a time rather than a count. */
export function isDateFact(path: string): boolean {
  const [kind, rest = ''] = path.split(':')
  const field = rest.split('.')[1]
  return (kind === 'event' && DATE_FIELDS.has(field)) || (kind === 'figure' && field === 'asOf') || kind === 'since'
}

export function resolveFact(facts: Facts, path: string): { text: string, sources: string[] } {
  const [kind, rest = ''] = path.split(':')
  const [id, field, nth] = rest.split('.')
  const fail = (why: string) => new Error(`<Fact of="${path}">: ${why}`)
  if (kind === 'event') {
    const e = facts.events.find(x => x.id === id)
    if (!e)
      throw fail(`no event "${id}" in data/events.ts`)
    const group = (list: { count: number }[]) => (nth === undefined ? total(list) : list[Number(nth)]?.count)
    const parts = dateParts(e.date)
    const fields: Record<string, () => string | number | undefined> = {
      rockets: () => e.rockets,
      injured: () => group(e.injured),
      killed: () => group(e.killed),
      date: () => formatDate(e.date, { weekday: true, year: true }),
      day: () => formatDate(e.date),
      dayYear: () => formatDate(e.date, { year: true }),
      nightOf: () => nightOf(e.date),
      nightOfYear: () => `${nightOf(e.date)} ${parts.year}`,
      weekday: () => parts.weekday,
      time: () => e.time,
      month: () => `${parts.month} ${parts.year}`,
    }
    const value = fields[field]?.()
    if (value === undefined)
      throw fail(`event "${id}" has no field "${[field, nth].filter(Boolean).join('.')}"`)
    return { text: String(value), sources: e.sources }
  }
  if (kind === 'figure') {
    const f = facts.figures.find(x => x.id === id)
    if (!f)
      throw fail(`no figure "${id}" in data/figures.ts`)
    if (field === 'asOf') {
      if (!f.asOf)
        throw fail(`figure "${id}" has no asOf date`)
      const { month, year } = dateParts(f.asOf)
      return { text: `${month} ${year}`, sources: f.sources }
    }
    if (field !== undefined)
      throw fail(`figure "${id}" has no field "${field}"`)
    return { text: formatCount(f.value), sources: f.sources }
  }
  if (kind === 'total' && id === 'rockets') {
    const attacks = facts.events.filter(e => e.kind === 'attack' && !e.background)
    return { text: rocketTotal(attacks).text.replace(/ rockets$/, ''), sources: [...new Set(attacks.flatMap(a => a.sources))] }
  }
  if (kind === 'months') {
    // Whole months from one event to another ("months:soleimani.erbil"): the time between, as a speaker rounds it down.
    const [a, b] = [facts.events.find(x => x.id === id), facts.events.find(x => x.id === field)]
    if (!a || !b)
      throw fail(`no event "${a ? field : id}" in data/events.ts`)
    return { text: String(wholeMonths(a.date, b.date)), sources: [...new Set([...a.sources, ...b.sources])] }
  }
  if (kind === 'since' && id === 'latest') {
    // The newest change the talk reports since 2021 ("November 2025"): how far the deck's record reaches, for the cover.
    const latest = [...facts.since].sort((a, b) => b.date.localeCompare(a.date))[0]
    if (!latest)
      throw fail('no line in data/since.ts')
    const { month, year } = dateParts(latest.date)
    return { text: `${month} ${year}`, sources: latest.sources }
  }
  if (kind === 'span' && id === 'attacks') {
    const attacks = facts.events.filter(e => e.kind === 'attack')
    return { text: String(spanDays(attacks).calendarDays), sources: [...new Set(attacks.flatMap(a => a.sources))] }
  }
  throw fail('unknown path')
}

/**
 * The line under a figure: "Sources: Syriac Press, 16 Feb 2021 · UPI, 15 Feb 2021", in the order given, each source once;
 * with `max`, the first `max` named and the others counted ("+ 9 more in the handout").
 */
export function sourceLine(facts: Pick<Facts, 'sources'>, ids: string[], max = Infinity): string {
  const unique = [...new Set(ids)]
  if (!unique.length)
    throw new Error('sourceLine: no source ids')
  const parts = unique.map((id) => {
    const s = facts.sources.find(x => x.id === id)
    if (!s)
      throw new Error(`sourceLine: no source "${id}" in data/sources.ts`)
    return s.date ? `${s.publisher}, ${formatDate(s.date, { year: true })}` : s.publisher
  })
  const distinct = [...new Set(parts)]
  const more = distinct.length - max
  const named = more > 0 ? `${distinct.slice(0, max).join(' · ')} + ${more} more in the handout` : distinct.join(' · ')
  return `${distinct.length > 1 ? 'Sources' : 'Source'}: ${named}`
}

/** The source ids behind a <Fact> path, so a slide's source line can name them. */
export function sourcesOf(facts: Facts, paths: string[]): string[] {
  return [...new Set(paths.flatMap(p => resolveFact(facts, p).sources))]
}

/** The width a source line may take: the grid's 884 canvas px between the margins. */
export const SOURCE_LINE_WIDTH = 884
/** The source line's type size on the canvas (STYLE.md: 12–13 px). */
export const SOURCE_LINE_FONT = 13

/**
 * The source line that fits on one line of the grid: every source named if they fit, else as many as fit, the rest
 * counted ("+ 3 more in the handout"), so a slide's foot never runs to a second line or shifts what is above it.
 */
export function fittedSourceLine(facts: Pick<Facts, 'sources'>, ids: string[], { width = SOURCE_LINE_WIDTH, max = Infinity } = {}): string {
  const fits = (text: string) => textWidth(text, SOURCE_LINE_FONT) <= width
  let text = sourceLine(facts, ids, max)
  max = Math.min(max, new Set(ids).size)
  while (!fits(text) && max > 1)
    text = sourceLine(facts, ids, --max)
  return text
}
