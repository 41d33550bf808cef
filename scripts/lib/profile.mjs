// EXPORT_PROFILE=1 prints where an export's time goes, in seconds since the process started.
import { performance } from 'node:perf_hooks'

/** @param {string} step */
export function mark(step) {
  if (process.env.EXPORT_PROFILE)
    console.error(`profile ${(performance.now() / 1000).toFixed(3)} s  ${step}`)
}
