// A part of a whole as two bars on one scale: the 2,500 US troops within a coalition of fewer than 3,500.
import type { Figure } from '../data'
import { textWidth } from './labels'
import { formatCount } from './timeline'

export const SHARE_FONT = 18
const BAR_H = 26
const GAP = 12
const LABEL_GAP = 10

export interface ShareBar { id: string, y: number, w: number, h: number, label: string, labelX: number }
export interface ShareLayout { width: number, height: number, bars: ShareBar[], description: string }

/** "2,500 US troops in Iraq", "fewer than 3,500 coalition troops": the figure's own unit, its "fewer than" first. */
export function shareLabel(f: Pick<Figure, 'value' | 'unit'>): string {
  const fewer = f.unit.endsWith(', fewer than')
  return `${fewer ? 'fewer than ' : ''}${formatCount(f.value)} ${f.unit.replace(/, fewer than$/, '')}`
}

/**
 * The whole to the width its label leaves, the part to its share of that, each label beside its bar: the two lengths
 * are compared on one scale, and each number is read next to the bar it names.
 */
export function layoutShare(part: Figure, whole: Figure, width: number): ShareLayout {
  if (part.value > whole.value)
    throw new Error(`share: the part "${part.id}" (${part.value}) is larger than the whole "${whole.id}" (${whole.value})`)
  const labels = [part, whole].map(shareLabel)
  const room = Math.max(...labels.map(l => textWidth(l, SHARE_FONT, true))) + LABEL_GAP
  const full = width - room
  if (full < width / 3)
    throw new Error(`share: ${width} px leaves no room for the bars beside their labels`)
  const bars = [part, whole].map((f, i) => {
    const w = Math.round((f.value / whole.value) * full)
    return { id: f.id, y: i * (BAR_H + GAP), w, h: BAR_H, label: labels[i], labelX: w + LABEL_GAP }
  })
  return {
    width,
    height: 2 * BAR_H + GAP,
    bars,
    description: `Two bars on one scale: ${labels[0]}, within ${labels[1]}.`,
  }
}
