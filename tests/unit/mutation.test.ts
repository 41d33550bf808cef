// @vitest-environment node
// The mutation gate: the score Stryker's report gives, overall and per file, and the floor it is held to.
import { describe, expect, it } from 'vitest'
import { FLOOR, scores, verdict } from '../../scripts/mutation.mjs'

function mutants(spec: Record<string, number>) {
  return Object.entries(spec).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status })))
}
const report = {
  files: {
    'charts/a.ts': { mutants: mutants({ Killed: 7, Timeout: 1, Survived: 1, NoCoverage: 1, CompileError: 5, Ignored: 3 }) },
    'charts/b.ts': { mutants: mutants({ Killed: 6, Survived: 4 }) },
  },
}

describe('the mutation gate', () => {
  it('scores detected (killed or timed out) over valid mutants, no coverage counted as missed', () => {
    const s = scores(report)
    expect(s.files.map(f => [f.file, f.detected, f.valid, f.score])).toEqual([['charts/a.ts', 8, 10, 80], ['charts/b.ts', 6, 10, 60]])
    expect([s.detected, s.valid, s.score]).toEqual([14, 20, 70])
  })
  it('fails a run under the floor overall or in any one file, and names what fell short', () => {
    const { lines, below } = verdict(scores(report))
    expect(lines.at(-1)).toMatch(/70\.0 %\s+14 \/ 20\s+all mutated files/)
    expect(below).toEqual([
      `the overall score 70.0 % is under ${FLOOR.overall} %`,
      `charts/b.ts scores 60.0 %, under ${FLOOR.file} %`,
    ])
    expect(verdict(scores(report), { overall: 70, file: 60 }).below).toEqual([])
  })
})
