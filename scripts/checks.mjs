// npm test's first half: the type checks, the lint, the unit tests and the build, side by side. None reads what
// another writes (the build writes dist/, which the others ignore), and each is mostly one thread, so on two cores
// they take about half as long together as one after the other. Each one's output is printed whole when it ends, so
// that no two interleave; a failure is said in one line at the end, naming every step that failed.
import { spawn } from 'node:child_process'

/** The npm scripts run side by side. */
export const STEPS = ['typecheck', 'lint', 'test:unit', 'build']

/**
 * One npm script, its output kept until it ends.
 * @param {string} script the npm script's name
 * @returns {Promise<{ script: string, code: number, output: string, seconds: number }>} how it ended
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
      const seconds = (Date.now() - started) / 1000
      console.log(`== ${script}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds.toFixed(0)} s`)
      process.stdout.write(output.endsWith('\n') || !output ? output : `${output}\n`)
      resolve({ script, code: code ?? 1, output, seconds })
    })
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv.slice(2)
  const results = await Promise.all((only.length ? only : STEPS).map(run))
  const failed = results.filter(r => r.code !== 0).map(r => r.script)
  if (failed.length) {
    console.error(`checks failed: ${failed.join(', ')} (each one's output is above)`)
    process.exit(1)
  }
}
