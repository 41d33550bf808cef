// The deck as Slidev parses it, for tests that walk every slide.
import { loadDeck } from '../scripts/lib/deck.mjs'

export const deck = await loadDeck()
