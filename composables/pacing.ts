// How the talk stands against its plan, from the talk's clock alone: pure, so the presenter view, the rehearsal report
// and the tests read the same figures.
import type { SlideBudget } from './budget'

/** Within this many seconds of the plan the talk is "on time": a pause for breath is not a warning. */
export const ON_TIME_SECONDS = 10

export interface PacingInput {
  /** the talk's slides, backup slides aside, with their budgets in seconds */
  budgets: Pick<SlideBudget, 'no' | 'seconds'>[]
  /** the slide on screen */
  current: number
  /** talk time so far, in ms (Slidev's timer: paused time excluded) */
  elapsedMs: number
  /** talk time when the current slide came on screen, in ms */
  slideStartMs: number
}

export interface Pacing {
  /** the current slide is a backup slide: it has no budget, and the talk's plan is already spent */
  backup: boolean
  slideBudget: number
  slideSpent: number
  /** seconds behind the plan; negative when ahead */
  totalBehind: number
  status: 'behind' | 'ahead' | 'on time'
}

/**
 * The plan says where the talk should be: the budgets of every slide before this one, and as much of this slide's as
 * has been spent. A slide overrunning its budget puts the talk behind by the overrun; arriving early puts it ahead.
 */
export function pacing({ budgets, current, elapsedMs, slideStartMs }: PacingInput): Pacing {
  const i = budgets.findIndex(b => b.no === current)
  const backup = i < 0
  const slideBudget = backup ? 0 : budgets[i].seconds
  const slideSpent = Math.max(0, (elapsedMs - slideStartMs) / 1000)
  const before = (backup ? budgets : budgets.slice(0, i)).reduce((n, b) => n + b.seconds, 0)
  const behind = elapsedMs / 1000 - before - Math.min(slideSpent, slideBudget)
  const totalBehind = Math.round(behind)
  return {
    backup,
    slideBudget,
    slideSpent: Math.floor(slideSpent),
    totalBehind,
    status: totalBehind > ON_TIME_SECONDS ? 'behind' : totalBehind < -ON_TIME_SECONDS ? 'ahead' : 'on time',
  }
}
