// What the attack timeline says in words: the alt text of each step, and the totals its summary gives. The component
// draws them; the numbers are worked out here, once, from the events.
import type { Event, Facts } from '../data'
import { textWidth } from './labels'
import { diedOfWounds, formatDate, rocketTotal, tollText, total, whenInDay } from './timeline'
import { VERDICT_STYLE } from './verdicts'

/** The summary's totals over the attacks: rockets, the injured at and outside the Erbil base, the disputed, the dead. */
export function attackTotals(attacks: Event[]) {
  const killed = attacks.reduce((n, e) => n + total(e.killed), 0)
  // A person wounded who died later is one ring fewer and one filled dot more: said, so the marks add up.
  const laterDead = attacks.reduce((n, e) => n + diedOfWounds(e.killed), 0)
  const outside = attacks.flatMap(e => e.injured.filter(c => c.where === 'outside')).reduce((n, c) => n + c.count, 0)
  return {
    rockets: rocketTotal(attacks),
    base: attacks.flatMap(e => e.injured.filter(c => c.where !== 'outside')).reduce((n, c) => n + (c.disputed ? 0 : c.count), 0),
    /** hurt outside and alive: the one who died of wounds is counted with the dead, as the cards count him */
    outsideLiving: outside - laterDead,
    disputed: attacks.flatMap(e => e.injured.filter(c => c.disputed)).reduce((n, c) => n + c.count, 0),
    killed,
    diedOfWounds: laterDead,
    killedText: `${killed} dead${laterDead ? `, ${laterDead} of them later, of wounds` : ''}`,
  }
}

/** The totals rest on each attack's first two record sources; the cards name all of them. */
export function sourcesOfTotals(attacks: Event[]): string[] {
  return [...new Set(attacks.flatMap(e => e.sources.filter(s => s !== 'atalayar').slice(0, 2)))]
}

/** The span's words as drawn: the measured span, then the article's figure for it in the article's clipping and stamp. */
export const SPAN_FONT = { words: 18, chip: 18 }
const CHIP = { pad: 8, gap: 8, bar: 4, space: 14, tracking: 0.08 }

/**
 * "15 Feb to 22 Feb: 7 days apart", then a clipping, THE ARTICLE within 10 days ≈ loose, in the tint and with the stamp
 * the scorecard gives that claim, the whole centred on `centre`. Every piece's x is where its text starts.
 */
export function spanWords(span: { first: string, last: string, days: number }, facts: Facts, centre: number) {
  const said = facts.figures.find(f => f.id === 'attack-span')
  const claim = facts.claims.find(c => c.id === 'ten-days')
  const measured = `${formatDate(span.first)} to ${formatDate(span.last)}: ${span.days} days apart`
  const mw = textWidth(measured, SPAN_FONT.words)
  if (!said || !claim)
    return { measured: { text: measured, x: centre - mw / 2 }, chip: undefined }
  const stamp = VERDICT_STYLE[claim.verdict]
  const pieces = [
    { text: 'THE ARTICLE', w: textWidth('THE ARTICLE', SPAN_FONT.chip, { bold: true, spacing: CHIP.tracking }) },
    { text: `within ${said.value} days`, w: textWidth(`within ${said.value} days`, SPAN_FONT.words) },
    { text: `${stamp.symbol} ${stamp.word}`, w: textWidth(`${stamp.symbol} ${stamp.word}`, SPAN_FONT.words, { bold: true }) },
  ]
  const chipW = CHIP.bar + CHIP.pad * 2 + pieces.reduce((n, p) => n + p.w, 0) + CHIP.gap * (pieces.length - 1)
  const left = centre - (mw + CHIP.space + chipW) / 2
  const chipX = left + mw + CHIP.space
  let x = chipX + CHIP.bar + CHIP.pad
  const [label, words, verdict] = pieces.map((p) => {
    const at = x
    x += p.w + CHIP.gap
    return { text: p.text, x: at, w: p.w }
  })
  return { measured: { text: measured, x: left }, chip: { x: chipX, w: chipW, bar: CHIP.bar, label, words, verdict } }
}

function describeEvent(e: Event) {
  return `${formatDate(e.date, { weekday: true })}, ${whenInDay(e)}: ${e.title}`
    + `${e.kind === 'attack' ? `, ${rocketTotal([e]).text}, ${tollText(e).injured}, ${tollText(e).killed}` : ''}`
    + `${e.afterArticle ? ' (after the article)' : ''}.`
}

/** The alt text says what this step shows: the events so far, and the totals at the last step (`summary`). */
export function describeTimeline(shown: Event[], attacks: Event[], summary: boolean): string {
  const said = shown.map(describeEvent).join(' ')
  const inAll = summary ? ` In all: ${attacks.length} attacks within about a week, ${rocketTotal(attacks).text}.` : ''
  return said + inAll || '13 to 28 February 2021, Iraq time (UTC+3); no event drawn yet.'
}
