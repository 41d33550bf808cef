// The author's loop for npm run bench: from a save to the new PDF whole on disk, for this deck's watch mode
// (scripts/export-watch.mjs) and for Marp CLI's own --watch, each running once and saved in turn, so that every
// runner sees the same machine.
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { SOURCES } from './build-if-stale.mjs'
import { openPdf, textOfPages } from './pdf-text.mjs'

const sleep = (/** @type {number} */ ms) => new Promise(r => setTimeout(r, ms))

/**
 * The file's size and time, or nothing while it does not exist.
 * @param {string} file the file
 * @returns {string | undefined} its size and modification time
 */
function stamp(file) {
  const s = statSync(file, { throwIfNoEntry: false })
  return s ? `${s.size} ${s.mtimeMs}` : undefined
}

/**
 * Whether `file` ends as a complete PDF does: Marp writes its PDF in place, so a reader can meet it half written.
 * @param {string} file the PDF
 * @returns {boolean} whether it ends with %%EOF
 */
function complete(file) {
  const fd = openSync(file, 'r')
  try {
    const size = statSync(file).size
    const tail = Buffer.alloc(Math.min(32, size))
    readSync(fd, tail, 0, tail.length, size - tail.length)
    return /%%EOF\s*$/.test(tail.toString('latin1'))
  }
  finally {
    closeSync(fd)
  }
}

/**
 * Resolves once `pdf` is new (not `before`) and complete; the time it took, in seconds from `t0`.
 * @param {string} pdf the PDF the watcher writes
 * @param {string | undefined} before its stamp() before the save
 * @param {number} t0 when the save was made (performance.now())
 * @param {number} [timeout] ms to wait at most
 * @returns {Promise<number>} seconds from t0
 */
async function newPdf(pdf, before, t0, timeout = 60_000) {
  for (;;) {
    const now = stamp(pdf)
    if (now && now !== before && complete(pdf))
      return (performance.now() - t0) / 1000
    if (performance.now() - t0 > timeout)
      throw new Error(`${pdf} was not written again within ${timeout / 1000} s`)
    await sleep(5)
  }
}

/**
 * A watcher to time: started as a process group of its own, so that stopping it stops its browser too.
 * @param {object} o
 * @param {string} o.name
 * @param {string} o.command
 * @param {string[]} o.args
 * @param {string} o.cwd
 * @param {string} o.source the file each save edits
 * @param {(text: string, n: number) => string} o.edit the n-th save's change, which adds the words `(save n)`
 * @param {string} o.pdf what it writes
 * @param {RegExp} [o.ready] a line on its output that says it watches; else its first PDF
 */
export async function startWatcher({ name, command, args, cwd, source, edit, pdf, ready }) {
  const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const lines = /** @type {string[]} */ ([])
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', l => lines.push(l))
  const exited = new Promise(done => child.on('exit', done))
  const t0 = performance.now()
  for (let up = false; !up;) {
    if (child.exitCode !== null || performance.now() - t0 > 180_000)
      throw new Error(`${name} did not start:\n${lines.join('\n')}`)
    up = ready ? lines.some(l => ready.test(l)) : Boolean(stamp(pdf) && complete(pdf))
    await sleep(50)
  }
  const original = readFileSync(source, 'utf8')
  return {
    name,
    /** Saves the n-th change; resolves to the seconds from the write to the new PDF, its words checked after. */
    async save(/** @type {number} */ n) {
      const before = stamp(pdf)
      const text = edit(original, n)
      const t = performance.now()
      writeFileSync(source, text)
      const seconds = await newPdf(pdf, before, t)
      const doc = await openPdf(new Uint8Array(readFileSync(pdf)))
      const words = (await textOfPages(doc)).join(' ')
      await doc.destroy()
      if (!words.includes(`(save ${n})`))
        throw new Error(`${name}: the PDF written after save ${n} does not have its words`)
      return seconds
    },
    async stop() {
      writeFileSync(source, original)
      if (child.pid && child.exitCode === null) {
        process.kill(-child.pid, 'SIGINT')
        const late = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000)
        await exited
        clearTimeout(late)
      }
    },
  }
}

/**
 * Times `saves` saves of each watcher, in turn, a pause after each so that the next save is not part of the last.
 * @param {Awaited<ReturnType<typeof startWatcher>>[]} watchers
 * @param {number} saves how many saves each
 * @param {number} [pause] ms between saves
 * @returns {Promise<Record<string, number[]>>} each watcher's times, in seconds
 */
export async function timeSaves(watchers, saves, pause = 1500) {
  /** @type {Record<string, number[]>} */
  const times = Object.fromEntries(watchers.map(w => [w.name, []]))
  for (let n = 1; n <= saves; n++) {
    for (const w of watchers) {
      times[w.name].push(await w.save(n))
      await sleep(pause)
    }
  }
  return times
}

/**
 * A copy of the deck at `root` in `dir`, its sources as they are now, sharing node_modules.
 * @param {string} root the deck's folder
 * @param {string} dir the copy's folder, emptied first
 * @returns {string} dir
 */
export function copyDeck(root, dir) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const name of [...SOURCES, 'package.json', 'tsconfig.json', 'scripts']) {
    if (existsSync(join(root, name)))
      cpSync(join(root, name), join(dir, name), { recursive: true })
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}
