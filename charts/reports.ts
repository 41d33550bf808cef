// Conflicting reports of one number on one scale: the Syria strike's death tolls (1, 17, 22), a row each with who
// gave it, so the spread is seen before it is read. Unconfirmed reports are drawn dashed, as casualties are elsewhere.
import type { Figure } from '../data'
import { textWidth } from './labels'

export const REPORTS_FONT = 20
const ROW = 30
const GAP = 8

/** Who gave a report: the figure's `by`, which data/ sets where reports disagree. */
export function reporter(f: Figure): string {
  if (!f.by)
    throw new Error(`charts/reports: figure "${f.id}" has no "by" in data/figures.ts: a report needs who gave it`)
  return f.by
}

/** Rows of a small bar chart in `width` px: the reporter's name, a dashed bar from zero, and the number at its end. */
export function layoutReports(figures: Figure[], width: number) {
  const names = figures.map(reporter)
  const nameW = Math.max(...names.map(n => textWidth(n, REPORTS_FONT))) + GAP
  const numberW = Math.max(...figures.map(f => textWidth(String(f.value), REPORTS_FONT, { bold: true }))) + GAP
  const scale = (width - nameW - numberW) / Math.max(...figures.map(f => f.value))
  const rows = figures.map((f, i) => ({
    id: f.id,
    name: names[i],
    y: i * ROW,
    x0: nameW,
    w: Math.max(f.value * scale, 2),
    value: f.value,
  }))
  const description = `Deaths reported from the US strikes, none confirmed: ${rows.map(r => `${r.value} (${r.name})`).join(', ')}.`
  return { rows, width, height: figures.length * ROW, description }
}
