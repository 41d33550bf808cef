// npm test's first half: the type checks, the lint, the unit tests and the build, side by side. None reads what
// another writes (the build writes dist/, which the others ignore); on two cores they took 44 s together against 57 s
// one after the other (7 Dec 2026). Each one's output is printed whole when it ends, so that no two interleave; a
// failure is said in one line at the end, naming every step that failed.
import { spawn } from 'node:child_process'

const STEPS = ['typecheck', 'lint', 'test:unit', 'build']

/**
 * One npm script, its output kept and printed when it ends.
 * @param {string} script the npm script's name
 * @returns {Promise<number>} its exit code
 */
function run(script) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (/** @type {unknown} */ d) => {
      output += String(d)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', keep)
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0)
      console.log(`== ${script}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s`)
      process.stdout.write(output.endsWith('\n') || !output ? output : `${output}\n`)
      resolve(code ?? 1)
    })
  })
}

const codes = await Promise.all(STEPS.map(run))
const failed = STEPS.filter((_, i) => codes[i] !== 0)
if (failed.length) {
  console.error(`checks failed: ${failed.join(', ')} (each one's output is above)`)
  process.exit(1)
}
