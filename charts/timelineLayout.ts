// The attack timeline laid out without the DOM: attacks above the axis, numbered as on the map;
// what happened around them below it, each labelled in place; one person, one mark.
import type { Event } from '../data'
import type { Box } from './geometry'
import { overlaps } from './geometry'
import { spread, textWidth } from './labels'
import { dayOf, dayScale, diedOfWounds, formatDate, isoOfDay, nightOf, spanDays, timelineDomain, whenInDay } from './timeline'

export const TIMELINE_SIZE = { width: 884, height: 316 }
/** Everything the audience reads at 18 px or more, drawn 1:1 on the canvas (STYLE.md). */
export const TIMELINE_FONT = { title: 19, detail: 18, context: 18, tick: 18 }
const MARGIN = { left: 12, right: 12 }
const Y = { span: 10, title: 48, when: 70, attack: 94, toll: 118, axis: 164, context: 224 }
const ROW = 22
/** A casualty mark's radius: a person reads from the back of the room (about 18 px across at 1280×720). */
export const TOLL_R = 6.5
const TOLL_GAP = 15
const TOLL_PER_ROW = 5

export interface TollMark { kind: 'injured' | 'killed', x: number, y: number, dashed: boolean }
/** What an attack that hurt no one says in place of its marks. */
export const NO_ONE_HURT = 'no one hurt'

export interface TimelineMark {
  event: Event
  index: number
  x: number
  y: number
  /** attack number, as on the map */
  number?: number
  hourKnown: boolean
  /** the day's width, drawn under a mark whose hour is not known */
  day?: { x0: number, x1: number }
  label: { lines: string[], box: Box, anchor: 'start' | 'middle' | 'end' }
  toll: TollMark[]
  /** where "no one hurt" is centred, for an attack that hurt no one: under its pin, kept left of the article's line */
  noneX?: number
  /** "no one hurt" itself, for such an attack: its words, where they are drawn (centred on x, on baseline y), its box */
  none?: { text: string, x: number, y: number, box: Box }
  /** where an attack's dotted stem to the axis starts: below its pin, its casualty marks or "no one hurt", never through them */
  stemTop?: number
}

/**
 * One mark per person: a ring for each person injured (dashed where disputed or another source's higher count), a filled
 * dot for each death.
 */
export function tollMarks(e: Event, cx: number, top: number): TollMark[] {
  // A person wounded who died later is one person: one filled dot, and one ring fewer.
  const laterDead = diedOfWounds(e.killed)
  const people: Omit<TollMark, 'x' | 'y'>[] = [
    ...e.killed.flatMap(c => Array.from({ length: c.count }, () => ({ kind: 'killed' as const, dashed: c.disputed }))),
    ...e.injured.flatMap(c => Array.from({ length: c.count }, () => ({ kind: 'injured' as const, dashed: c.disputed })))
      .slice(laterDead),
  ]
  const perRow = Math.min(TOLL_PER_ROW, people.length)
  return people.map((p, i) => ({
    ...p,
    x: cx + ((i % TOLL_PER_ROW) - (perRow - 1) / 2) * TOLL_GAP,
    y: top + Math.floor(i / TOLL_PER_ROW) * TOLL_GAP,
  }))
}

export interface TollKeyItem { kind: TollMark['kind'], dashed: boolean, text: string, box: Box }
export interface DayKey { text: string, box: Box }

/** The gap between two entries of the key's row. */
const KEY_GAP = 14

/**
 * The key, in one row at `top`, under every event: in the lane beside the days, a grey bar read as an event of the day
 * above it (a cold read found). The day bars' entry first, then one for each kind of casualty mark drawn.
 */
export function keyRow(marks: TimelineMark[], top: number): { dayKey?: DayKey, tollKey: TollKeyItem[] } {
  let x = MARGIN.left
  const next = (w: number): Box => {
    const box = { x, y: top, w, h: 20 }
    x += w + KEY_GAP
    return box
  }
  // Balad's hour is disputed, Tarmiyah's not given: one grey bar for both, said in the key.
  const dayText = 'hour unknown or disputed'
  const dayKey = marks.some(m => m.day) ? { text: dayText, box: next(30 + textWidth(dayText, TIMELINE_FONT.context)) } : undefined
  const drawn = marks.flatMap(m => m.toll)
  const kinds = [
    { kind: 'injured' as const, dashed: false, text: 'injured' },
    { kind: 'killed' as const, dashed: false, text: 'killed' },
    { kind: 'injured' as const, dashed: true, text: 'unconfirmed' },
  ].filter(k => drawn.some(p => p.kind === k.kind && p.dashed === k.dashed))
  return { dayKey, tollKey: kinds.map(k => ({ ...k, box: next(20 + textWidth(k.text, TIMELINE_FONT.context)) })) }
}

/** A tick at each midnight, the day's number centred in its day, and the weekday under the days of an attack. */
function dayTicks(scale: ReturnType<typeof dayScale>, attacks: Event[]) {
  return scale.ticks.map(t => ({
    day: t,
    x: scale.x(t),
    mid: scale.x(t + 0.5),
    label: String(Number(isoOfDay(t).slice(8))),
    weekday: attacks.some(a => a.date === isoOfDay(t)) ? formatDate(isoOfDay(t), { weekday: true }).split(' ')[0] : undefined,
  }))
}

/** "no one hurt" centred on x, under the pins where an attack's marks would be. */
function noOneHurt(x: number) {
  const w = textWidth(NO_ONE_HURT, TIMELINE_FONT.detail)
  const y = Y.attack + 36
  return { text: NO_ONE_HURT, x, y, box: { x: x - w / 2, y: y - TIMELINE_FONT.detail, w, h: TIMELINE_FONT.detail + 4 } }
}

export function layoutTimeline(events: Event[], size = TIMELINE_SIZE) {
  const domain = timelineDomain(events)
  const scale = dayScale(domain, [MARGIN.left, size.width - MARGIN.right])
  const attacks = events.filter(e => e.kind === 'attack')
  const taken: Box[] = []
  const marks: TimelineMark[] = []

  // The article appeared the day after the last event it reports (it was written about 22–23 Feb, its page has no
  // date): a line at that day's noon, every word of what came before it on its left, what came after on its right.
  const after = events.filter(e => e.afterArticle)
  const afterStart = after.length ? Math.max(...events.filter(e => !e.afterArticle).map(e => Math.floor(dayOf(e)))) + 1.5 : undefined
  const afterX = afterStart === undefined ? undefined : scale.x(afterStart)
  // Words keep 16 units clear of the article's line, so that no label runs on into "the article" beside it.
  const leftOfLine = (e: Event) => (afterX !== undefined && !e.afterArticle ? afterX - 16 : size.width)
  // Attack titles sit centred over their pins, moved sideways as little as needed where two would meet.
  const titleWidth = (e: Event) => Math.max(
    textWidth(e.short ?? e.title, TIMELINE_FONT.title, { bold: true }),
    textWidth(whenInDay(e, { short: true }), TIMELINE_FONT.detail),
  )
  const titleX = spread(attacks.map(e => ({ x: scale.x(dayOf(e)), w: titleWidth(e) })), 14, 0, Math.min(...attacks.map(leftOfLine)))
  events.forEach((e, index) => {
    const hourKnown = Boolean(e.time || e.partOfDay)
    const x = scale.x(dayOf(e))
    const day = hourKnown ? undefined : { x0: scale.x(Math.floor(dayOf(e))), x1: scale.x(Math.floor(dayOf(e)) + 1) }
    if (e.kind === 'attack') {
      const n = attacks.indexOf(e) + 1
      const lines = [e.short ?? e.title, whenInDay(e, { short: true })]
      const noneX = e.injured.length || e.killed.length
        ? undefined
        : Math.min(x, leftOfLine(e) - textWidth(NO_ONE_HURT, TIMELINE_FONT.detail) / 2)
      const w = titleWidth(e)
      const box = { x: titleX[n - 1] - w / 2, y: Y.title - 19, w, h: Y.when - Y.title + 24 }
      const toll = tollMarks(e, x, Y.toll)
      const none = noneX === undefined ? undefined : noOneHurt(noneX)
      taken.push(box)
      marks.push({
        event: e,
        index,
        x,
        y: Y.attack,
        number: n,
        hourKnown,
        day,
        label: { lines, box, anchor: 'middle' },
        toll,
        noneX,
        none,
        stemTop: Math.max(Y.attack + 14, ...toll.map(p => p.y + TOLL_R + 3), ...(none ? [none.y + 6] : [])),
      })
      return
    }
    // Context: the mark on the lane, its label to the right, in the first row below where it fits.
    // What came after the article happened at night in Syria but in the evening in Washington: say both, the
    // local night first, as the axis is local time.
    const night = e.time !== undefined && e.time < '06:00' ? [`night of ${nightOf(e.date)}`] : []
    const otherTime = e.afterArticle && e.timeNote
      ? [...night, `(${e.timeNote.split(';').pop()!.replace(/about \d+ [ap]m /, '').trim()})`]
      : []
    const lines = [e.title, ...otherTime]
    const w = Math.max(...lines.map(l => textWidth(l, TIMELINE_FONT.context)))
    const h = ROW * lines.length
    let y = Y.context
    // Words start past the grey bar of a day whose hour is not known, so the bar never runs under them.
    let box = { x: day ? Math.max(x + 14, day.x1 + 4) : x + 14, y: y - 15, w, h }
    if (box.x + w > leftOfLine(e))
      box = { ...box, x: (day ? Math.min(x, day.x0) : x) - 14 - w }
    // A label of what came after the article stays inside the hatched band: right-aligned, under its mark.
    if (e.afterArticle && afterX !== undefined && box.x < afterX + 6) {
      const markBox = () => ({ x: x - 10, y: y - 10, w: 20, h: 20 })
      while (taken.some(t => overlaps(t, markBox(), 3)))
        y += ROW
      box = { ...box, x: Math.max(afterX + 6, size.width - 4 - w), y: y + ROW - 15 }
      taken.push(markBox(), box)
      marks.push({ event: e, index, x, y, hourKnown, day, label: { lines, box, anchor: 'start' }, toll: [] })
      return
    }
    // The mark and its label move together, and neither may cover another's.
    const x0 = day ? Math.min(x - 10, day.x0) : x - 10
    const x1 = day ? Math.max(x + 10, day.x1) : x + 10
    const withMark = (b: Box) => ({ x: Math.min(b.x, x0), y: b.y, w: Math.max(b.x + b.w, x1) - Math.min(b.x, x0), h: b.h })
    // Half a row at a time: a whole row would leave a label's height empty between two rows.
    while (taken.some(t => overlaps(t, withMark(box), 3))) {
      y += ROW / 2
      box = { ...box, y: y - 15 }
    }
    taken.push(withMark(box))
    // A label left of its mark ends at the mark, so that drawn bold, as the newest event is, it grows away from it.
    const anchor = box.x + box.w <= x ? 'end' as const : 'start' as const
    marks.push({ event: e, index, x, y, hourKnown, day, label: { lines, box, anchor }, toll: [] })
  })

  // The span of the attacks, drawn above their labels, so its ticks cross nothing.
  const span = spanDays(attacks)
  const first = marks.find(m => m.event.id === attacks[0]?.id)!
  const last = marks.find(m => m.event.id === attacks.at(-1)?.id)!
  const spanLine = { x0: first.x, x1: last.x, y: Y.span + 14, tickTo: Math.min(...marks.filter(m => m.number).map(m => m.label.box.y)) - 4 }

  const ticks = dayTicks(scale, attacks)
  const lowest = Math.max(...marks.map(m => m.label.box.y + m.label.box.h))
  const { dayKey, tollKey } = keyRow(marks, lowest + 12)
  const height = Math.max(size.height, ...[dayKey?.box, ...tollKey.map(k => k.box)].map(b => (b ? b.y + b.h + 4 : 0)))
  return {
    size: { ...size, height },
    Y,
    marks,
    ticks,
    span,
    spanLine,
    afterStart: afterX,
    dayKey,
    tollKey,
    domain,
    axis: [MARGIN.left, size.width - MARGIN.right],
  }
}

export type TimelineLayout = ReturnType<typeof layoutTimeline>
