// Who acts on whom, laid out without the DOM or geography: the actors of the relations (and the one attack that two
// statements are about) as nodes in columns computed from the relations, each relation a curve that clears every
// other node, and every label placed where it overlaps no node, no other label and no line. `computeNetwork` is the
// algorithm's table of contents.
import type { Facts } from '../../data'
import type { NetworkChoice, NetworkLayout } from './model'
import { timelineEvents } from '../timeline'
import { networkFingerprint } from './choice'
import { drawFigure } from './figure'
import { edgeText } from './labels'
import { layoutGrid } from './layers'
import { NETWORK_SIZE } from './model'
import { arrange, searchLayout } from './search'

export { networkFingerprint, STORED_CHOICE, storedFor } from './choice'
export { eventName } from './labels'
export { networkLayers } from './layers'
export * from './model'
export { edgePoints } from './routes'
export { rankRows } from './rows'
export { networkView, relationSentence } from './view'
export type { NetworkView } from './view'

/** The figure from a given choice, or from a new search when there is none. */
export function drawNetwork(facts: Facts, choice?: NetworkChoice, width = NETWORK_SIZE.width, height = NETWORK_SIZE.height): NetworkLayout {
  return computeNetwork(facts, width, height, choice).layout
}

/**
 * The search itself, ignoring any stored result: its choice (what `npm run build:network` writes) and the figure it
 * draws, both from one search, which the tests compare with the stored result and the figure drawn from it.
 */
export function searchNetwork(
  facts: Facts,
  width = NETWORK_SIZE.width,
  height = NETWORK_SIZE.height,
): { choice: NetworkChoice, layout: NetworkLayout } {
  return computeNetwork(facts, width, height)
}

function computeNetwork(facts: Facts, width: number, height: number, known?: NetworkChoice) {
  const frame = { width, height }
  const attackIds = timelineEvents(facts.events).filter(e => e.kind === 'attack').map(e => e.id)
  // 1. Nodes in columns, on a grid wide enough for the words between columns.
  const grid = layoutGrid(facts.relations, frame, r => edgeText(r).w)
  // 2–5. Rows and bends: as stored, or searched (rows.ts, then search.ts).
  const { arrangement, bends } = known
    ? { arrangement: arrange(facts, grid, new Map(grid.keys.map((k, i) => [k, known.rows[i]])), frame, attackIds), bends: known.bends }
    : searchLayout(facts, grid, frame, attackIds)
  // 6. The figure.
  const layout = drawFigure(arrangement, bends, width, height)
  const choice: NetworkChoice = {
    fingerprint: networkFingerprint(facts, width, height),
    rows: grid.keys.map(k => arrangement.rowOf.get(k)!),
    bends,
  }
  return { layout, choice }
}
