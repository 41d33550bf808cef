import type { TestSpecification } from 'vitest/node'
import { readFileSync } from 'node:fs'
import { BaseSequencer } from 'vitest/node'

/** A test file's environment, from its `@vitest-environment` docblock; the config's (node) where it has none. */
export function environmentOf(file: string): string {
  return /@vitest-environment\s+([\w-]+)/.exec(readFileSync(file, 'utf8').slice(0, 500))?.[1] ?? 'node'
}

/**
 * The files without a DOM first, then those with one, each group in Vitest's own order. Under mutation testing each
 * mutant is one run on one worker, and a worker serves one environment: a DOM costs a second worker and about 0.4 s
 * to set up, and it is never set up for a mutant that a plain layout test has already caught (Stryker stops at the
 * first failure).
 */
export default class DomLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const plain = sorted.filter(f => environmentOf(f.moduleId) === 'node')
    return [...plain, ...sorted.filter(f => !plain.includes(f))]
  }
}
