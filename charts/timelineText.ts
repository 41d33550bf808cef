// What the attack timeline says in words: the alt text of each step, and the totals its summary gives. The component
// draws them; the numbers are worked out here, once, from the events.
import type { Event, Facts } from '../data'
import { diedOfWounds, formatDate, rocketTotal, tollText, total, whenInDay } from './timeline'

/** The summary's totals over the attacks: rockets, the injured at and outside the Erbil base, the disputed, the dead. */
export function attackTotals(attacks: Event[]) {
  const killed = attacks.reduce((n, e) => n + total(e.killed), 0)
  // A person wounded who died later is one ring fewer and one filled dot more: said, so the marks add up.
  const laterDead = attacks.reduce((n, e) => n + diedOfWounds(e.killed), 0)
  return {
    rockets: rocketTotal(attacks),
    base: attacks.flatMap(e => e.injured.filter(c => c.where !== 'outside')).reduce((n, c) => n + (c.disputed ? 0 : c.count), 0),
    outside: attacks.flatMap(e => e.injured.filter(c => c.where === 'outside')).reduce((n, c) => n + c.count, 0),
    /** hurt outside and alive: the one who died of wounds is counted with the dead, as the cards count him */
    outsideLiving: attacks.flatMap(e => e.injured.filter(c => c.where === 'outside')).reduce((n, c) => n + c.count, 0) - laterDead,
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

/** The span's words: its first and last day, how far apart, and what the article says of it. */
export function describeSpan(span: { first: string, last: string, days: number }, facts: Facts): string {
  const articleSpan = facts.figures.find(c => c.id === 'attack-span')
  return `${formatDate(span.first)} to ${formatDate(span.last)}: ${span.days} days apart; the article says within ${articleSpan?.value}`
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
