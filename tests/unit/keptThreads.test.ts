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
    // Twelve runs on one Vitest, then a first run on a new one (a new config, so a new pool with no threads yet; Stryker
    // restarts a whole process instead): each test file counts its runs against the run number. The second run stops
    // at the first test of the second file, as a mutant's run stops once it is caught, and the rest of that file is
    // not run; the third finds no mutant left on.
    const plain = (title: string) => `plain.spec.ts ${title}`
    const stopped = [
      [plain('fails the second run, which stops there, its other tests skipped, as a run stops at its first failure'), 'fail'],
      ...[
        'has no DOM',
        'is read again for each run, in one thread',
        'finds the code it imports already loaded, and reads the data again, once a run',
        'is read with no mutant on, and runs its tests with the run\'s own',
      ].map(t => [plain(t), 'not run']),
    ]
    expect(runs.map(run => Object.entries(run).filter(([, state]) => state !== 'pass')))
      .toEqual(Array.from({ length: 13 }, (_, i) => i === 1 ? stopped : []))
    expect(runs.map(run => Object.keys(run).length)).toEqual(Array.from({ length: 13 }, () => 9))
    // each run opens a channel to the thread: one left behind would leak, and Node would warn after ten
    expect(stderr).not.toMatch(/warning/i)
  }, 60_000)
})
