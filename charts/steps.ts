// Slidev renders a PDF exported without clicks at clicks = 999999: every step function clamps.

export type StepStatus = 'hidden' | 'current' | 'past'

export function clampClicks(clicks: number | undefined, total: number): number {
  if (clicks === undefined || !Number.isFinite(clicks))
    return total
  return Math.min(Math.max(Math.floor(clicks), 0), total)
}

/** Item i (0-based) appears at click i + 1 + offset; the one that appeared last is current. */
export function stepStatus(i: number, clicks: number, offset = 0): StepStatus {
  const shown = clicks - offset
  if (i < shown - 1)
    return 'past'
  return i === shown - 1 ? 'current' : 'hidden'
}
