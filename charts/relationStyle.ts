import type { Place, Relation } from '../data'

/** Line style and arrowhead per kind of relation: the kind never rests on colour alone. */
export const RELATION_STYLE: Record<Relation['kind'], { dash: string, width: number, head: string, words: string }> = {
  attacks: { dash: '', width: 3.2, head: 'solid', words: 'attacks: solid line, filled head' },
  backs: { dash: '12 4', width: 2.6, head: 'open', words: 'backs: long dashes, open head' },
  opposes: { dash: '9 3 2 3', width: 2.4, head: 'bar', words: 'holds responsible: dash-dot, bar' },
  condemns: { dash: '4 4', width: 2.4, head: 'dot', words: 'condemns: short dashes, dot' },
  supports: { dash: '1.5 4', width: 2.8, head: 'open', words: 'supports: dotted, open head' },
}

/** Marker shape per kind of place. */
export const PLACE_MARK: Record<Place['kind'], { d: string, words: string }> = {
  'base': { d: 'M-6,-6H6V6H-6Z', words: 'military base' },
  'zone': { d: 'M0,-7L7,0L0,7L-7,0Z', words: 'guarded zone' },
  'embassy': { d: 'M0,-7L7,0L0,7L-7,0Z', words: 'embassy' },
  'city': { d: 'M-4,0A4,4 0 1,0 4,0A4,4 0 1,0 -4,0Z', words: 'city' },
  'capital': { d: 'M-6,0A6,6 0 1,0 6,0A6,6 0 1,0 -6,0ZM-2.5,0A2.5,2.5 0 1,1 2.5,0A2.5,2.5 0 1,1 -2.5,0Z', words: 'capital' },
  'border-post': { d: 'M0,-7L6,5H-6Z', words: 'border crossing' },
}
