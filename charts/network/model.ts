// The network's vocabulary: sizes, fonts, line styles, the things it draws, the search's bounds, and the one table of
// score weights. Everything here sits below the phases (layers, rows, routes, labels, search): none imports upward.
import type { Actor, Event, Relation } from '../../data'
import type { Box, Curve, Pt } from '../geometry'

/** The figure's size in SVG units: under a slide headline, drawn 1:1 on the 980-wide slide. */
export const NETWORK_SIZE = { width: 880, height: 400 }
/** Font sizes in SVG units, drawn 1:1 on the canvas: nothing the audience reads under 18 (STYLE.md). */
export const NETWORK_FONT = { node: 18, number: 18, edge: 18, claim: 18, badge: 18, key: 18 }

/** Two line styles only: solid for force, dashed for words and backing. */
export type LineStyle = 'solid' | 'dashed'
export const LINE_DASH: Record<LineStyle, string> = { solid: '', dashed: '9 6' }
export const lineStyle = (kind: Relation['kind']): LineStyle => (kind === 'attacks' ? 'solid' : 'dashed')
/** The stroke-dasharray a style draws with: none for solid. */
export const dashOf = (style: LineStyle): string | undefined => LINE_DASH[style] || undefined
export const KEY_WORDS: Record<LineStyle, string> = { solid: 'force', dashed: 'words and backing' }

/** Node radii: an actor's shape, an event's numbered pin. */
export const R = { actor: 22, event: 15 }
/** Line heights of an edge's label, its claim and its "after the article" badge. */
export const LINE = { edge: 22, claim: 21, badge: 24 }
export const CLAIM_WIDTH = 240
/** The arrowhead's length. */
export const HEAD = 13
/** How far a line's words keep from a node's name, so that the two never read as one phrase ("US supports"). */
export const NAME_CLEARANCE = 16
/** How far two lines' words keep apart: side by side on one baseline, closer read as one phrase ("will hold responsible air strikes"). */
export const WORDS_CLEARANCE = 28
/** How far a line keeps from a node it does not touch. */
export const CLEAR = 12
export const f = (n: number) => Number(n.toFixed(1))

/**
 * The score weights, in one place: a figure's score is the sum of these penalties, lower is cleaner. Rows are scored
 * on straight lines between node centres; figures on the drawn curves and their labels.
 */
export const WEIGHT = {
  /** rows: two relations crossing */
  rowCrossing: 100,
  /** rows: a relation passing within a node's reach of a third node */
  rowNearNode: 4,
  /** rows: per row a relation climbs or falls */
  rowStep: 3,
  /** rows: per row a node is from the middle, times the node's number of relations */
  rowOffMiddle: 1,
  /** figure: per unit a line bows out from straight */
  bend: 0.3,
  /** figure: per sample point of a line within 10 units of another's, away from their nodes */
  lineAlongside: 3,
  /** figure: two lines crossing away from their nodes */
  lineCrossing: 200,
  /** figure: per line a label touches */
  labelOnLine: 40,
  /** figure: an edge label's distance along its line from the middle (t − 0.5, times this) */
  labelAlong: 20,
  /** figure: an edge label on the inner side of its line's bow */
  labelInside: 2,
  /** figure: per step an edge label stands off from its line */
  labelGap: 15,
  /** figure: an edge label nearer another line than its own, which it would seem to name */
  labelNearerOther: 80,
  /** figure: a label with no place at all */
  noPlace: 1000,
  /** figure: the key with no free corner */
  noKey: 300,
}

/**
 * The bound on the row search (see rows.ts): at most this many partial arrangements are kept after each node is placed,
 * so a search scores at most nodes × ROW_BEAM × rows candidates, however many nodes there are. Today's data has 972
 * arrangements in all and the beam prunes from its fourth node on, yet finds the exhaustive search's two best (a beam of
 * 4 would): 64 leaves a wide margin, and scores 632 candidates where trying every arrangement scored 972.
 */
export const ROW_BEAM = 64
/** Row arrangements the bend search starts from. */
export const ROW_STARTS = 2
/** Clear bends tried for each relation, straightest first: the bend search's moves. */
export const BENDS = [0, 30, -30, 45, -45, 60, -60, 80, -80, 100, -100, 125, -125, 150, -150]
export const MAX_BENDS = 8
/** Passes of the bend search over all its moves; it stops sooner when a pass changes nothing. */
export const BEND_PASSES = 3

export interface Frame { width: number, height: number }
export interface TextLine { text: string, x: number, y: number, size: number, role: 'label' | 'claim' }
export interface NetNode {
  /** `actor:us` or `event:erbil`: actors and events never share a key */
  key: string
  id: string
  actor?: Actor
  event?: Event
  /** the attack's number on the timeline and the map (①) */
  number?: number
  name: string
  x: number
  y: number
  r: number
  layer: number
  row: number
  box: Box
  /** `halo`: a white halo behind the words, only where a line runs under them (haloed text prints as outlines) */
  label: { text: string, box: Box, x: number, y: number, anchor: 'start' | 'middle' | 'end', halo?: boolean }
}
export interface NetEdge {
  id: string
  index: number
  relation: Relation
  from: NetNode
  to: NetNode
  style: LineStyle
  /** the stroke-dasharray of `style` (none for solid) */
  dash?: string
  colour: string
  /** the drawn line: a quadratic curve from the edge of one node to the base of the arrowhead */
  curve: Curve
  d: string
  head: string
  /** how far the curve bows out from the straight line, in SVG units (0 = straight) */
  bend: number
  label: { box: Box, lines: TextLine[], badge?: { box: Box, text: string, x: number, y: number }, halo?: boolean }
}
export interface NetworkKey { box: Box, rows: { style: LineStyle, words: string, dash?: string, y: number }[] }
export interface NetworkLayout {
  width: number
  height: number
  nodes: NetNode[]
  edges: NetEdge[]
  key?: NetworkKey
}

/**
 * What the search chose: each node's row (nodes in the order the relations name them) and each relation's bend. The
 * figure follows from it in a moment; the search takes a few hundred, so `npm run build:network` stores its result for
 * the current data (charts/networkChoice.json) and the deck draws from that while the data is the one it was made for.
 */
export interface NetworkChoice { fingerprint: string, rows: number[], bends: number[] }

/** A relation drawn with one bend, before its label is placed: what the search compares. */
export interface Sketch { relation: Relation, index: number, from: NetNode, to: NetNode, bend: number, full: Curve, samples: Pt[] }

/** A node's key at either end of a relation. */
export function keyOf(r: Relation, end: 'from' | 'to') {
  return end === 'from' ? `actor:${r.from}` : r.event ? `event:${r.event}` : `actor:${r.to}`
}
