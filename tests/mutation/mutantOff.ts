// Switches the mutant off before each test file is read. Stryker switches it on before a file's tests and leaves it
// on; in a new thread that did not matter, but a kept thread would read its next test file with the last mutant still
// on, and a figure drawn as the file loads would be drawn by a mutant that is not the one under test (117 mutants of a
// whole run came out as errors). A setup file is read before each test file, even after a run that stopped at its
// first failure, which skips the hooks still to come.
import { inject } from 'vitest'

const namespace = (inject as (key: string) => unknown)('globalNamespace')
const stryker = typeof namespace === 'string'
  ? (globalThis as unknown as Record<string, { activeMutant?: string } | undefined>)[namespace]
  : undefined
if (stryker)
  stryker.activeMutant = undefined
