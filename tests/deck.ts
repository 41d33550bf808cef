// The deck as Slidev parses it, for tests that walk every slide.
import { loadDeck } from '../scripts/lib/deck.mjs'

// Test files declare one test per slide at load time, so the deck must be parsed before any of them runs.
// eslint-disable-next-line antfu/no-top-level-await
export const deck = await loadDeck()

/** The components that draw a chart or a map: each is one tagged figure, with a title and a description. */
export const CHART = /<(?:ActorMap|AttackLocator|AttackTimeline|ActorNetwork|ErbilToll|DilemmaDiagram|ShareBar)\b/
