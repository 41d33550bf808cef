// npm run test:mutation: StrykerJS over charts/ and data/validate.ts, then the score it measured, overall and per file,
// held to the project's floor (80 % overall, 70 % in each file). Stryker needs Node 22 or newer: on an older Node it
// runs on the npm registry's node@24, as .ci/run's second test pass does.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'

export const REPORT = 'reports/mutation/mutation.json'
export const FLOOR = { overall: 80, file: 70 }
const DETECTED = new Set(['Killed', 'Timeout'])
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage'])

/** @typedef {{ files: Record<string, { mutants: { status: string }[] }> }} Report  what is read of Stryker's JSON report */
/**
 * @typedef {{ file: string, detected: number, valid: number, score: number }} FileScore
 * @typedef {{ files: FileScore[], detected: number, valid: number, score: number }} Scores
 */

/**
 * Stryker's mutation score: mutants detected over the mutants that could be (compile errors and ignored aside).
 * @param {Report} report Stryker's report
 * @returns {Scores} each file's score, and the overall one
 */
export function scores(report) {
  const files = Object.entries(report.files).map(([file, { mutants }]) => {
    const valid = mutants.filter(m => VALID.has(m.status))
    const detected = valid.filter(m => DETECTED.has(m.status)).length
    const score = valid.length ? (100 * detected) / valid.length : 100
    return { file: relative(process.cwd(), file) || file, detected, valid: valid.length, score }
  })
  const detected = files.reduce((n, f) => n + f.detected, 0)
  const valid = files.reduce((n, f) => n + f.valid, 0)
  return { files, detected, valid, score: valid ? (100 * detected) / valid : 100 }
}

/**
 * The lines to print, and what falls below the floor.
 * @param {Scores} s the scores
 * @param {typeof FLOOR} [floor] the least score overall and in each file
 * @returns {{ lines: string[], below: string[] }} a line a file and one overall; a sentence for each score too low
 */
export function verdict(s, floor = FLOOR) {
  /** @type {(score: number, detected: number, valid: number, name: string) => string} */
  const line = (score, detected, valid, name) =>
    `${score.toFixed(1).padStart(5)} %  ${String(detected).padStart(4)} / ${String(valid).padEnd(4)} ${name}`
  const lines = s.files.map(f => line(f.score, f.detected, f.valid, f.file))
  lines.push(line(s.score, s.detected, s.valid, 'all mutated files'))
  const below = [
    ...(s.score < floor.overall ? [`the overall score ${s.score.toFixed(1)} % is under ${floor.overall} %`] : []),
    ...s.files.filter(f => f.score < floor.file).map(f => `${f.file} scores ${f.score.toFixed(1)} %, under ${floor.file} %`),
  ]
  return { lines, below }
}

/** Our own flags; any other argument (`--force`, `--mutate <glob>`) goes to Stryker. */
const OWN = ['--report-only', '--warn-below-floor']

/** @param {string[]} passed arguments for Stryker */
function runStryker(passed) {
  const major = Number(process.versions.node.split('.')[0])
  const stryker = 'node_modules/@stryker-mutator/core/bin/stryker.js'
  const [cmd, args] = major >= 22
    ? [process.execPath, [stryker, 'run', ...passed]]
    : ['npm', ['exec', '--yes', '--package=node@24', '--', 'node', stryker, 'run', ...passed]]
  const started = Date.now()
  const run = spawnSync(cmd, args, { stdio: 'inherit' })
  console.log(`stryker ran ${((Date.now() - started) / 60_000).toFixed(1)} min`)
  return run.status ?? 1
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const status = process.argv.includes('--report-only') ? 0 : runStryker(process.argv.slice(2).filter(a => !OWN.includes(a)))
  if (status !== 0) {
    console.error(`test:mutation failed: stryker exited with ${status}`)
    process.exit(1)
  }
  const { lines, below } = verdict(scores(JSON.parse(readFileSync(REPORT, 'utf8'))))
  console.log(`mutation score (killed or timed out, of all valid mutants; static mutants ignored):\n${lines.join('\n')}`)
  if (below.length && process.argv.includes('--warn-below-floor')) {
    // A look while tests are being written: what falls short is said, without failing.
    console.log(`test:mutation: below the floor: ${below.join('; ')}`)
  }
  else if (below.length) {
    console.error(`test:mutation failed: ${below.join('; ')}`)
    process.exit(1)
  }
}
