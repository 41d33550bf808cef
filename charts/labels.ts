// Label placement without measuring the DOM: widths come from Nunito Sans's own advance widths, measured
// once in Chromium (scripts/measure-font.mjs), so the layout is the same in Vitest, in the browser and in the PDF.
import widths from './fontWidths.json' with { type: 'json' }

export interface Box { x: number, y: number, w: number, h: number }

const ADVANCE: Record<'400' | '700', Record<string, number>> = widths
/** A character the table lacks counts as wide, so a label is never drawn larger than its box. */
const UNKNOWN = 0.7

/** Width of a line of text in px, in Nunito Sans at the given size and weight, with optional letter spacing in em. */
export function textWidth(text: string, fontSize: number, bold = false, letterSpacing = 0): number {
  const table = ADVANCE[bold ? '700' : '400']
  let em = 0
  for (const c of text) em += (table[c] ?? UNKNOWN) + letterSpacing
  return em * fontSize
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad
}

/** Moves centred labels along x, as little as possible, so that none overlaps the next; keeps them in [min, max]. */
export function spread(items: { x: number, w: number }[], gap: number, min: number, max: number): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a].x - items[b].x)
  const left = Array.from<number>({ length: items.length })
  let cursor = min
  for (const i of order) {
    left[i] = Math.max(items[i].x - items[i].w / 2, cursor)
    cursor = left[i] + items[i].w + gap
  }
  // If the last ones ran past the right edge, push the row back to the left.
  let limit = max
  for (const i of [...order].reverse()) {
    left[i] = Math.min(left[i], limit - items[i].w)
    limit = left[i] - gap
  }
  return items.map((it, i) => left[i] + it.w / 2)
}

export interface Anchor { id: string, x: number, y: number, r: number, w: number, h: number }
export interface Placed { id: string, box: Box, anchor: 'start' | 'middle' | 'end', tx: number, ty: number }

const CANDIDATES: [number, number][] = [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1]]

/**
 * Places each label beside its point: tries eight positions, then farther rings, and keeps the first that
 * overlaps no other label, no marker and stays inside the frame. Earlier items win.
 */
export function placeLabels(items: Anchor[], frame: Box, obstacles: Box[] = [], extraRings = 0): Placed[] {
  const taken: Box[] = [...obstacles, ...items.map(it => ({ x: it.x - it.r, y: it.y - it.r, w: 2 * it.r, h: 2 * it.r }))]
  const inside = (b: Box) => b.x >= frame.x && b.y >= frame.y && b.x + b.w <= frame.x + frame.w && b.y + b.h <= frame.y + frame.h
  return items.map((it) => {
    let fallback: Placed | undefined
    const rings = [1, 1.8, 2.8, 4, ...Array.from({ length: extraRings }, (_, i) => 5 + i * 1.5)]
    for (const ring of rings) {
      for (const [dx, dy] of CANDIDATES) {
        const off = it.r * ring + 4
        const cx = it.x + dx * off
        const cy = it.y + dy * off
        const x = dx > 0 ? cx : dx < 0 ? cx - it.w : cx - it.w / 2
        const y = dy > 0 ? cy : dy < 0 ? cy - it.h : cy - it.h / 2
        const box = { x, y, w: it.w, h: it.h }
        const placed: Placed = {
          id: it.id,
          box,
          anchor: dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle',
          tx: dx > 0 ? x : dx < 0 ? x + it.w : x + it.w / 2,
          ty: y + it.h * 0.78,
        }
        fallback ??= placed
        if (inside(box) && !taken.some(t => overlaps(t, box, 2))) {
          taken.push(box)
          return placed
        }
      }
    }
    taken.push(fallback!.box)
    return fallback!
  })
}
