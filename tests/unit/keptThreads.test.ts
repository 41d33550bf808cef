// The pool that mutation testing runs the unit tests in (tests/mutation/keptThreads.ts): its threads outlive a run,
// each test environment in its own. Driven in a child process, as Stryker drives Vitest.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const DRIVER = 'tests/fixtures/kept-threads/drive.mjs'

describe('the kept-threads pool', () => {
  it('keeps a thread for each environment between the runs of one Vitest, and a new Vitest starts its own', () => {
    const { stdout, stderr } = spawnSync(process.execPath, [DRIVER], { encoding: 'utf8' })
    const line = stdout.split('\n').find(l => l.startsWith('verdicts: '))
    expect(line, stderr).toBeDefined()
    const runs = JSON.parse(line!.slice('verdicts: '.length)) as Record<string, string>[]
    // Twelve runs on one Vitest, then a first run on a new one: each test file counts its runs against the run number,
    // and the second run stops at a failure, as a mutant's run does once it is caught.
    const stops = 'plain.spec.ts fails the second run, which stops there as Stryker\'s runs stop at their first failure'
    expect(runs.map(run => Object.entries(run).filter(([, state]) => state !== 'pass')))
      .toEqual(Array.from({ length: 13 }, (_, i) => i === 1 ? [[stops, 'fail']] : []))
    expect(runs.map(run => Object.keys(run).length)).toEqual(Array.from({ length: 13 }, () => 9))
    // each run opens a channel to the thread: one left behind would leak, and Node would warn after ten
    expect(stderr).not.toMatch(/warning/i)
  }, 60_000)
})
