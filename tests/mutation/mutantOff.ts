// Switches the mutant off before each test file is read. Stryker switches it on before a file's tests and leaves it
// on; in a new thread that did not matter, but a kept thread would read its next test file with the last mutant still
// on, and a figure drawn as the file loads would be drawn by a mutant that is not the one under test (117 mutants of a
// whole run came out as errors). A setup file is read right before each test file: the very moment the mutant must be
// off, whatever way the run before ended. Mutants switched on as the code loads (Stryker's static activation) are left
// alone: this project ignores them (ignoreStatic in stryker.config.mjs), and switching one off would hide it.
import { inject } from 'vitest'

const provided = inject as (key: string) => unknown
const namespace = provided('globalNamespace')
const stryker = typeof namespace === 'string' && provided('mutantActivation') !== 'static'
  ? (globalThis as unknown as Record<string, { activeMutant?: string } | undefined>)[namespace]
  : undefined
if (stryker)
  stryker.activeMutant = undefined
