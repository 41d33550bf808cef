// Text measured without the DOM: widths come from Nunito Sans's own advance widths, measured once in Chromium
// (scripts/measure-font.mjs), so the layout is the same in Vitest, in the browser and in the PDF. Boxes and distances
// live in geometry.ts.
import widths from './fontWidths.json' with { type: 'json' }

const ADVANCE: Record<'400' | '700', Record<string, number>> = widths
/** A character the table lacks counts as wide, so a label is never drawn larger than its box. */
const UNKNOWN = 0.7

/** How a line of text is set: bold or regular, and its letter spacing in em. */
export interface TextStyle { bold?: boolean, spacing?: number }

/** Width of a line of text in px, in Nunito Sans at the given size, bold or regular, with any letter spacing in em. */
export function textWidth(text: string, fontSize: number, { bold = false, spacing = 0 }: TextStyle = {}): number {
  const table = ADVANCE[bold ? '700' : '400']
  let em = 0
  for (const c of text) em += (table[c] ?? UNKNOWN) + spacing
  return em * fontSize
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

/**
 * Breaks text into lines no wider than `max` px: after a semicolon where both parts fit, else greedily by word.
 * `firstIndent` keeps room at the start of the first line (for a prefix such as "Cost:").
 */
export function wrap(text: string, max: number, font: number, { bold = false, firstIndent = 0 } = {}): string[] {
  const fits = (line: string, i: number) => textWidth(line, font, { bold }) <= max - (i ? 0 : firstIndent)
  const parts = text.split(/(?<=;)\s+/)
  if (parts.length > 1 && parts.every(fits))
    return parts
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && fits(`${last} ${word}`, lines.length - 1))
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}
