// The search's result, stored: `npm run build:network` writes what the search chose for the current data to
// charts/networkChoice.json, and the deck draws from it while the data is the one it was made for.
import type { Facts } from '../../data'
import type { NetworkChoice } from './model'
import storedChoice from '../networkChoice.json' with { type: 'json' }
import { NETWORK_SIZE } from './model'

/** The search result stored in charts/networkChoice.json. */
export const STORED_CHOICE: NetworkChoice = storedChoice

/** A short hash of everything the search reads from the data and the frame: another value means another search. */
export function networkFingerprint(facts: Facts, width = NETWORK_SIZE.width, height = NETWORK_SIZE.height): string {
  const named = new Set(facts.relations.flatMap(r => [r.from, r.to, r.event]))
  const text = JSON.stringify({
    width,
    height,
    relations: facts.relations.map(r => [r.id, r.from, r.to, r.event, r.kind, r.label, r.claim, r.afterArticle]),
    actors: facts.actors.filter(a => named.has(a.id)).map(a => [a.id, a.short]),
    events: facts.events.map(e => [e.id, e.title, e.date, e.kind, e.time, e.partOfDay, e.afterArticle]),
  })
  let hash = 0x811C9DC5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/** The stored choice, if it was made for these facts at this size. */
export function storedFor(facts: Facts, width: number, height: number): NetworkChoice | undefined {
  return STORED_CHOICE.fingerprint === networkFingerprint(facts, width, height) ? STORED_CHOICE : undefined
}
