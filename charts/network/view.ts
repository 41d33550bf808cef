// What the network shows at one click, and how it says it in words: one relation a click, in the order of the data,
// the newest current and the earlier past, each actor arriving with its first; then one more click that shows every
// relation at full strength.
import type { NetEdge, NetNode, NetworkLayout } from './model'
import { clampClicks, stepStatus } from '../steps'

export interface NetworkView {
  steps: number
  clicks: number
  /** the relations drawn so far; those not yet reached are not drawn at all */
  shown: { edge: NetEdge, status: 'current' | 'past' | 'final' }[]
  /** the nodes drawn so far: each arrives with its first relation, so that no actor stands unexplained */
  nodes: NetNode[]
  /** the alt text: the cast, the line styles, and the relations shown */
  description: string
  /** every relation in words with its note, for screen readers, whatever the click */
  listing: { key: string, text: string }[]
}

const fullName = (n: NetNode) => n.actor?.name ?? n.name

/** "United States → Iran: will hold responsible (…) (after the article)": a relation as the alt text says it. */
export function relationSentence(e: NetEdge): string {
  const claim = e.relation.claim ? ` (${e.relation.claim})` : ''
  const after = e.relation.afterArticle ? ' (after the article)' : ''
  return `${fullName(e.from)} → ${fullName(e.to)}: ${e.relation.label}${claim}${after}`
}

export function networkView(layout: NetworkLayout, asked?: number): NetworkView {
  const steps = layout.edges.length + 1
  const clicks = clampClicks(asked, steps)
  const final = clicks === steps
  const shown = layout.edges
    .map(edge => ({ edge, status: final ? 'final' as const : stepStatus(edge.index, clicks) }))
    .filter((s): s is NetworkView['shown'][number] => s.status !== 'hidden')
  const reached = new Set(shown.flatMap(s => [s.edge.from.key, s.edge.to.key]))
  const nodes = layout.nodes.filter(n => reached.has(n.key))
  const description = `Actors: ${layout.nodes.filter(n => n.actor).map(fullName).join(', ')}; `
    + `and one event, ${layout.nodes.filter(n => n.event).map(n => n.name).join(', ')}. `
    + `Solid lines are force, dashed lines are words and backing; the arrow points at the one acted upon. `
    + `${shown.length ? `Relations shown: ${shown.map(s => relationSentence(s.edge)).join('; ')}.` : 'No relation drawn yet.'}`
  const listing = layout.edges.map(e => ({ key: e.id, text: `${relationSentence(e)}. ${e.relation.note}` }))
  return { steps, clicks, shown, nodes, description, listing }
}
