// Phase 6, the figure: the chosen arrangement and bends drawn, every label in the place the scoring gave it, each
// edge's words as lines of text, halos where a line runs under words, and the key to the two line styles.
import type { Box, Pt } from '../geometry'
import type { NetEdge, NetworkKey, NetworkLayout, TextLine } from './model'
import type { Arrangement } from './search'
import { anyIn } from '../geometry'
import { PALETTE } from '../palette'
import { edgeText } from './labels'
import { dashOf, KEY_WORDS, LINE, lineStyle, NETWORK_FONT } from './model'
import { drawnLine, edgePoints } from './routes'

/** The whole figure for an arrangement of the nodes and a bend for each relation. */
export function drawFigure(arrangement: Arrangement, bends: number[], width: number, height: number): NetworkLayout {
  const { nodes, sketch, evaluate } = arrangement
  const built = evaluate(bends)!
  for (const n of nodes) n.label = built.nodeLabels.get(n.key)!
  const edges: NetEdge[] = sketch(bends).map(({ relation, index, from, to, full, bend }) => {
    const { claim, badgeText, badgeW } = edgeText(relation)
    const box = built.labels[index]
    const cx = box.x + box.w / 2
    const badgeTop = box.y + LINE.edge + claim.length * LINE.claim + 2
    const style = lineStyle(relation.kind)
    return {
      id: relation.id,
      index,
      relation,
      from,
      to,
      style,
      dash: dashOf(style),
      colour: from.actor?.colour ?? PALETTE.secondary,
      ...drawnLine(full, from, to),
      bend,
      label: {
        box,
        lines: [
          { text: relation.label, x: cx, y: box.y + LINE.edge * 0.76, size: NETWORK_FONT.edge, role: 'label' },
          ...claim.map((text, i): TextLine =>
            ({ text, x: cx, y: box.y + LINE.edge + (i + 0.76) * LINE.claim, size: NETWORK_FONT.claim, role: 'claim' })),
        ],
        badge: badgeText
          ? {
              box: { x: cx - badgeW / 2, y: badgeTop, w: badgeW, h: LINE.badge - 4 },
              text: badgeText,
              x: cx,
              y: badgeTop + (LINE.badge - 4) * 0.72,
            }
          : undefined,
      },
    }
  })
  // A halo only where a drawn line runs under the words.
  const drawnLines = edges.map(e => edgePoints(e, 96))
  for (const n of nodes) n.label.halo = runsUnder(n.label.box, drawnLines)
  for (const e of edges) e.label.halo = runsUnder(e.label.box, drawnLines)
  return { width, height, nodes, edges, key: built.keyBox ? lineKey(built.keyBox) : undefined }
}

/**
 * Whether a drawn line (points along it) runs under a box of words, or within 2 units of its edge: there the words
 * need a halo, a rim of paper, to be read over the line.
 */
export function runsUnder(box: Box, lines: Pt[][]): boolean {
  return lines.some(line => anyIn(line, box, 2))
}

function lineKey(box: Box): NetworkKey {
  const rows = (['solid', 'dashed'] as const)
    .map((style, i) => ({ style, words: KEY_WORDS[style], dash: dashOf(style), y: box.y + 10 + 20 * i }))
  return { box, rows }
}
