// A part inside its whole, on one bar: the 2,500 US troops inside a coalition of fewer than 3,500. The whole is the
// grey bar, its end dashed where the figure is an upper bound; the part is drawn inside it from the same zero, so the
// eye compares lengths, never adds them.
import type { Figure } from '../data'
import { textWidth } from './labels'
import { formatCount } from './timeline'

export const SHARE_FONT = 18
const BAR_H = 56
const INSET = 7
const LABEL_GAP = 24

export interface ShareBar { id: string, x: number, y: number, w: number, h: number, label: string, labelX: number, anchor: 'start' | 'end' }
export interface ShareLayout {
  width: number
  height: number
  /** the whole first, then the part inside it */
  bars: ShareBar[]
  /** an upper bound ("fewer than"): its end is drawn dashed, not closed */
  openEnd: boolean
  labelY: number
  description: string
}

/** "2,500 US troops in Iraq", "fewer than 3,500 coalition troops": the figure's own unit, its "fewer than" first. */
export function shareLabel(f: Pick<Figure, 'value' | 'unit'>): string {
  const fewer = f.unit.endsWith(', fewer than')
  return `${fewer ? 'fewer than ' : ''}${formatCount(f.value)} ${f.unit.replace(/, fewer than$/, '')}`
}

/** The whole across `width`, the part inside it to its share; each label under the end of its own bar. */
export function layoutShare(part: Figure, whole: Figure, width: number): ShareLayout {
  if (part.value > whole.value)
    throw new Error(`share: the part "${part.id}" (${part.value}) is larger than the whole "${whole.id}" (${whole.value})`)
  const [partLabel, wholeLabel] = [part, whole].map(shareLabel)
  const w = Math.round((part.value / whole.value) * width)
  // The part's label starts at zero, the whole's ends at the whole's end: both on one line, never run together.
  const partW = textWidth(partLabel, SHARE_FONT, { bold: true })
  const wholeW = textWidth(wholeLabel, SHARE_FONT, { bold: true })
  if (partW + LABEL_GAP + wholeW > width)
    throw new Error(`share: ${width} px leaves no room for both labels under the bar`)
  return {
    width,
    height: BAR_H + 10 + SHARE_FONT + 4,
    bars: [
      { id: whole.id, x: 0, y: 0, w: width, h: BAR_H, label: wholeLabel, labelX: width, anchor: 'end' },
      { id: part.id, x: 0, y: INSET, w, h: BAR_H - 2 * INSET, label: partLabel, labelX: 0, anchor: 'start' },
    ],
    openEnd: whole.unit.endsWith(', fewer than'),
    labelY: BAR_H + 10 + SHARE_FONT - 4,
    description: `One bar inside another, on one scale: ${partLabel}, inside ${wholeLabel}.`,
  }
}
