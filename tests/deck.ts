// The deck as Slidev parses it, for tests that walk every slide.
import { loadDeck } from '../scripts/lib/deck.mjs'

// Test files declare one test per slide at load time, so the deck must be parsed before any of them runs.
// eslint-disable-next-line antfu/no-top-level-await
export const deck = await loadDeck()

/** The components that draw a chart or a map: each is one tagged figure, with a title and a description. */
export const CHART = /<(?:PlaceMap|AttackTimeline|ActorNetwork|ErbilToll|DilemmaDiagram|ShareBar|CountTicks|DeathReports|MonthStrip)\b/
/** How many charts a slide's Markdown draws: a slide may hold a map and the small graphic in its panel. */
export const chartsIn = (content: string) => content.match(new RegExp(CHART.source, 'g'))?.length ?? 0
