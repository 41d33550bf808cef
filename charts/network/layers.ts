// Phase 1, layers: the nodes, the columns they sit in (computed from the relations, Sugiyama-style), and where each
// column and row lies in the frame.
import type { Facts, Relation } from '../../data'
import type { Pt } from '../geometry'
import type { Frame, NetNode } from './model'
import { eventName } from './labels'
import { keyOf, R } from './model'

/**
 * Columns from the relations, Sugiyama-style: relations taken in data order, a relation that would close a cycle is left
 * out of the ordering (here: the US holding Iran responsible, the US striking back); each node then sits one column right of
 * the farthest node that acts on it, and a node nobody acts on sits just left of its nearest target.
 */
export function networkLayers(keys: string[], relations: Relation[]): Map<string, number> {
  const out = new Map<string, string[]>(keys.map(k => [k, []]))
  const reaches = (a: string, b: string, seen = new Set<string>()): boolean =>
    a === b || (!seen.has(a) && (seen.add(a), out.get(a)!.some(n => reaches(n, b, seen))))
  for (const r of relations) {
    const [u, v] = [keyOf(r, 'from'), keyOf(r, 'to')]
    if (!reaches(v, u))
      out.get(u)!.push(v)
  }
  const layer = new Map(keys.map(k => [k, 0]))
  for (let i = 0; i < keys.length; i++) {
    for (const [u, vs] of out) {
      for (const v of vs) layer.set(v, Math.max(layer.get(v)!, layer.get(u)! + 1))
    }
  }
  const hasIn = new Set([...out.values()].flat())
  for (const k of keys) {
    if (!hasIn.has(k) && out.get(k)!.length)
      layer.set(k, Math.min(...out.get(k)!.map(v => layer.get(v)!)) - 1)
  }
  const min = Math.min(...layer.values())
  return new Map([...layer].map(([k, l]) => [k, l - min]))
}

export interface Grid {
  /** every actor and event a relation names, in the order the relations first name them */
  keys: string[]
  /** each relation's two node keys */
  pairs: [string, string][]
  layers: Map<string, number>
  rows: number
  /** a node's centre on a column and row */
  pos: (layer: number, row: number) => Pt
}

/**
 * The grid the nodes sit on. Each gap between two columns is as wide as the widest label of a relation across it
 * needs (`labelWidth`), then all are scaled to the frame; rows are spread evenly, at least three.
 */
export function layoutGrid(relations: Relation[], frame: Frame, labelWidth: (r: Relation) => number): Grid {
  const { width, height } = frame
  const keys = [...new Set(relations.flatMap(r => [keyOf(r, 'from'), keyOf(r, 'to')]))]
  const pairs = relations.map((r): [string, string] => [keyOf(r, 'from'), keyOf(r, 'to')])
  const layers = networkLayers(keys, relations)
  const columns = Math.max(...layers.values()) + 1
  const rows = Math.max(4, ...Array.from({ length: columns }, (_, l) => keys.filter(k => layers.get(k) === l).length))
  // Wide enough that an end column's name fits centred under its node, clear of any line into it from the side.
  const marginX = 64
  const marginY = 60
  const need = Array.from({ length: columns - 1 }, (_, g) => Math.max(130, ...relations
    .filter((_, i) => {
      const [a, b] = pairs[i].map(k => layers.get(k)!)
      return Math.min(a, b) === g && Math.abs(a - b) === 1
    })
    .map(r => labelWidth(r) + 2.4 * R.actor + 16)))
  const scale = (width - 2 * marginX) / need.reduce((a, b) => a + b, 0)
  const columnX = need.reduce((xs, g) => [...xs, xs.at(-1)! + g * scale], [columns > 1 ? marginX : width / 2])
  const pos = (layer: number, row: number): Pt => [columnX[layer], marginY + (row * (height - 2 * marginY)) / (rows - 1)]
  return { keys, pairs, layers, rows, pos }
}

/** The nodes on their rows, each with its mark's box; labels are placed later. */
export function placeNodes(facts: Facts, grid: Grid, rowOf: Map<string, number>, attackIds: string[]): NetNode[] {
  return grid.keys.map((key) => {
    const [kind, id] = key.split(':') as ['actor' | 'event', string]
    const actor = kind === 'actor' ? facts.actors.find(a => a.id === id) : undefined
    const event = kind === 'event' ? facts.events.find(e => e.id === id) : undefined
    if (!actor && !event)
      throw new Error(`relations name "${id}", which is neither an actor nor an event`)
    const [x, y] = grid.pos(grid.layers.get(key)!, rowOf.get(key)!)
    const r = actor ? R.actor : R.event
    // Stars and triangles reach 1.1 r; the outline adds a little more.
    const half = actor ? r * 1.12 + 2 : r + 2
    return {
      key,
      id,
      actor,
      event,
      number: event ? attackIds.indexOf(event.id) + 1 || undefined : undefined,
      name: actor ? actor.short : eventName(event!),
      x,
      y,
      r,
      layer: grid.layers.get(key)!,
      row: rowOf.get(key)!,
      box: { x: x - half, y: y - half, w: 2 * half, h: 2 * half },
      label: { text: '', box: { x, y, w: 0, h: 0 }, x, y, anchor: 'middle' },
    }
  })
}
